"""Float64 references for the seed samples, computed independently with NumPy.

Writes src/test/resources/cofactor/optimize/*.txt, which the Java tests read.
Run from the repository root: python3 src/test/python/optimizer_references.py
(Tests never run this; it is how the committed data was made.)
"""
import numpy as np

OUT = "src/test/resources/cofactor/optimize/"


def gd(grad, loss, x0, rate, steps):
    x = np.array(x0, dtype=np.float64)
    history = [loss(x)]
    for _ in range(steps):
        x = x - rate * grad(x)
        history.append(loss(x))
    return x, history


def write(name, x, history):
    with open(OUT + name, "w") as f:
        f.write("# x (final point), then the loss before the first step and after each step\n")
        f.write("x " + " ".join(repr(float(v)) for v in x) + "\n")
        for h in history:
            f.write(repr(float(h)) + "\n")


# tf-question: A = [[sin x, 0], [0, cos y]], loss det(A)^2 = (sin x cos y)^2, start (1, 1), rate 0.001, 100 steps
def q_loss(v):
    return (np.sin(v[0]) * np.cos(v[1])) ** 2


def q_grad(v):
    s, c = np.sin(v[0]), np.cos(v[1])
    return np.array([2 * s * np.cos(v[0]) * c * c, -2 * s * s * c * np.sin(v[1])])


write("tf-question.txt", *gd(q_grad, q_loss, [1.0, 1.0], 0.001, 100))


# tf-answer: A = [[a, b], [c, d]] from [[1, 2], [3, 4]], loss det(A)^2, rate 0.001, 50 steps.
# d det/dA is the cofactor matrix [[d, -c], [-b, a]].
def a_loss(v):
    return (v[0] * v[3] - v[1] * v[2]) ** 2


def a_grad(v):
    a, b, c, d = v
    det = a * d - b * c
    return 2 * det * np.array([d, -c, -b, a])


write("tf-answer.txt", *gd(a_grad, a_loss, [1.0, 2.0, 3.0, 4.0], 0.001, 50))
