// The Cofactor language, sections 1 and 2 of LANGUAGE.md.
//
// The grammar only recognises shapes; AstBuilder gives them meaning. In particular
// application without parentheses (`sin x`, `det A`, `sin 2x`) is resolved there from
// the sequence of juxtaposed factors and a set of function names, so no function name
// is a token here (the grammars-v4 calculator's mistake).
//
// Sums, products, powers and sign runs are loops rather than left recursion, so long
// chains like `a+b+c+...` give flat parse trees that the builder folds without recursion;
// only bracket nesting makes the parse tree deep (Parser refuses more than 200 levels).
//
// Choices where LANGUAGE.md is silent (for the README's language section):
// - Spacing decides what a bracket means: `f(x)` calls f, `x (y+1)` multiplies; `A[1]`
//   indexes, `x [1, 2]` multiplies. A number is never called or indexed: `2[1, 2]` is 2*[1, 2].
// - `sin 2x` = sin(2*x) only when the number touches what follows; `sin 2 x` = sin(2)*x.
//   `sin^2 x` = sin(x)^2, `e^sin x` = e^(sin(x)), `sin sin x` = sin(sin(x)), `sin -x` = sin - x.
// - Juxtaposed numbers multiply: `2 3` is 6.
// - A binding's value is a sum; substitutions chain: `e | x = 1 | y = 2`. Inside call
//   arguments a `, y = 2` after a binding continues the bindings; parenthesise the
//   substitution to pass a named argument after it.
// - Named arguments follow positional ones; repeated names are errors.
// - Strings may span lines; escapes are \n \t \r \" \\, any other backslash stays as typed.
grammar Cofactor;

// Our own cofactor.lang.Parser would shadow ANTLR's base class of the same simple name.
options { superClass = org.antlr.v4.runtime.Parser; }

// In a combined grammar @header reaches both lexer and parser: all generated classes
// live in cofactor.lang, and no ANTLR type leaves that package.
@header { package cofactor.lang; }

// Whether a bracket calls or indexes is decided here, from spacing, so the parser needs
// one token of lookahead: `f(x)` calls f but `x (y+1)` multiplies; `A[1]` and `f(x)[1]`
// index but `x [1, 2]` and `2[1, 2]` multiply by a vector. Without this every `(` after a
// name would be ambiguous (call, or a juxtaposed factor), and ANTLR would scan to the
// matching `)` to decide, again at each nesting level.
@lexer::members {
    // Depth of open ( and [. A newline inside brackets does not end the statement,
    // so matrices may span lines.
    int nesting = 0;

    // The last token handed to the parser (blanks and comments are never handed over).
    private Token previous;

    @Override
    public void emit(Token token) {
        super.emit(token);
        previous = token;
    }

    // True when the token being lexed starts exactly where the previous one ended and
    // that one has one of the given types.
    private boolean gluedTo(int... types) {
        if (previous == null || previous.getStopIndex() + 1 != _tokenStartCharIndex) {
            return false;
        }
        for (int type : types) {
            if (previous.getType() == type) {
                return true;
            }
        }
        return false;
    }
}

@parser::members {
    // The action in argument: only a plain name may stand before an argument's '='.
    private void requireNameBefore(ExprContext before, Token assign) {
        if (AstBuilder.plainName(before) == null) {
            throw ((ThrowingErrorStrategy) _errHandler).expectedClosingParen(this, assign);
        }
    }
}

// ---------------------------------------------------------------- parser

// Every choice in the parser rules but one (the binding loop of `substitution`) is made on
// the next token alone, so the generated parser decides with a switch on it: ANTLR's adaptive
// prediction, which builds its decision DFA anew in every process, then never runs for most
// statements (parsing the trig5 statement in a fresh JVM took 6-10 ms with it, 2-3 ms
// without). Rules below are written for that; ParserTest checks that no other decision
// predicts adaptively.

// Statements separated by ends, any of them empty. AstBuilder reads the token after each
// statement to see a silencing `;`.
program
    : statement? (end statement?)* EOF                       # Prog
    ;

end
    : NEWLINE                                                 # NewlineEnd
    | SEMI                                                    # SemiEnd
    ;

// `x = e` and `f(x, y) = e`: AstBuilder checks the left side is a name or a call
// whose arguments are plain names, which gives better errors than a grammar rule.
statement
    : target=expr (ASSIGN value=expr)?                        # Stmt
    ;

expr
    : sum substitution*                                       # ExprRoot
    ;

substitution
    : BAR binding (COMMA binding)*                            # Bindings
    ;

binding
    : NAME ASSIGN sum                                         # Bind
    ;

sum
    : product (ops+=(PLUS | MINUS) product)*                  # Terms
    ;

// Juxtaposed factors never start with a sign (`x -y` is a subtraction).
product
    : unary factor*                                           # Factors
    ;

// `.*` and `./` are entry-wise and bind as `*` and `/` do: `A*B.*C` is `(A*B).*C`.
factor
    : op=(STAR | SLASH | DOTSTAR | DOTSLASH) unary            # ExplicitFactor
    | power                                                   # ImplicitFactor
    ;

unary
    : (signs+=(PLUS | MINUS))* power                          # Signed
    ;

// Right-associative; AstBuilder folds the chain from the right. `.^` is the entry-wise power.
power
    : postfix (ops+=(CARET | DOTCARET) exponent)*             # Pow
    ;

// `x^-1`: an exponent may carry signs.
exponent
    : (signs+=(PLUS | MINUS))* postfix                        # SignedExponent
    ;

postfix
    : atom postfixOp*                                         # Post
    ;

postfixOp
    : INDEX expr (COMMA expr)* RBRACK                         # IndexOp
    | QUOTE                                                   # TransposeOp
    | DOT NAME                                                # PartOp
    ;

atom
    : NUMBER                                                  # NumberAtom
    | STRING                                                  # StringAtom
    // A name, called when a '(' touches it (CALL): AstBuilder reads a NameAtom with CALL as a call.
    | NAME (CALL arguments? RPAREN)?                          # NameAtom
    | PERCENT                                                 # LastAtom
    | LPAREN expr RPAREN                                      # ParenAtom
    | LBRACK (expr (COMMA expr)*)? RBRACK                     # ListAtom
    ;

arguments
    : argument (COMMA argument)*                              # Args
    ;

// `name = value` or a value. Written as a value with an optional `= value` rather than as
// NAME ASSIGN expr | expr, which took two tokens to choose; the action keeps the language: at the
// '=' anything but a plain name before it is refused, with the error the parser gave there.
argument
    : first=expr (ASSIGN {requireNameBefore($first.ctx, $ASSIGN);} value=expr)?   # Arg
    ;

// ---------------------------------------------------------------- lexer

NUMBER  : DIGITS ('.' DIGITS)? EXPONENT? | '.' DIGITS EXPONENT? ;
// A letter or _, then letters, decimal digits and _ (Unicode's L and Nd). Outside ASCII a
// predicate asks Character about the code point just matched (_input.LA(-1)): the sets
// \p{L} and \p{Nd} written out are 700 ranges, whose deserialization took 20 ms of every
// start-up, longer than lexing and parsing a whole sample.
NAME    : NAME_START NAME_PART* ;
// Strings may span lines, so an open string makes REPL input incomplete, like an open '('.
STRING  : '"' (ESCAPE | ~["\\])* '"' ;
// Matches only when STRING cannot (no closing quote): the parser reports it by name.
UNTERMINATED_STRING : '"' (ESCAPE | ~["\\])* '\\'? ;

// CALL and INDEX come first: with equal length the first rule whose predicate holds wins.
CALL    : '(' {gluedTo(NAME)}? { nesting++; } ;
INDEX   : '[' {gluedTo(NAME, RPAREN, RBRACK, QUOTE, PERCENT)}? { nesting++; } ;
LPAREN  : '(' { nesting++; } ;
RPAREN  : ')' { if (nesting > 0) nesting--; } ;
LBRACK  : '[' { nesting++; } ;
RBRACK  : ']' { if (nesting > 0) nesting--; } ;

PLUS    : '+' ;
MINUS   : '-' ;
STAR    : '*' ;
SLASH   : '/' ;
CARET   : '^' ;
ASSIGN  : '=' ;
BAR     : '|' ;
COMMA   : ',' ;
SEMI    : ';' ;
// The previous result (Maxima's %, IPython's _).
PERCENT : '%' ;
// Longer than DOT, so `A.*B` is A .* B (a part name never starts with * / ^).
DOTSTAR  : '.*' ;
DOTSLASH : './' ;
DOTCARET : '.^' ;
DOT     : '.' ;
QUOTE   : '\'' ;

NEWLINE : '\r'? '\n' { if (nesting > 0) skip(); } ;
COMMENT : '#' ~[\r\n]* -> skip ;
// \p{Zs} covers pasted no-break spaces; a lone \r and a byte-order mark are blanks too.
WS      : [\p{Zs}\t\f\r\uFEFF]+ -> skip ;
// Anything else becomes one token the parser never accepts, so the error names it.
BAD_CHAR : . ;

fragment DIGITS   : [0-9]+ ;
fragment NAME_START : [a-zA-Z_] | [\u0080-\u{10FFFF}] {Character.isLetter(_input.LA(-1))}? ;
fragment NAME_PART  : [a-zA-Z0-9_] | [\u0080-\u{10FFFF}] {Character.isLetter(_input.LA(-1)) || Character.isDigit(_input.LA(-1))}? ;
fragment EXPONENT : [eE] [+-]? DIGITS ;
fragment ESCAPE   : '\\' . ;
