# Logistic regression from scratch with numpy (gradient descent)
# dataset: banknote authentication (4 features, 0/1 label)
import numpy as np
import matplotlib.pyplot as plt

data = np.loadtxt("data_banknote_authentication.txt", delimiter=",")
X_raw = data[:, :4]
y = data[:, 4]
print("samples:", X_raw.shape[0], "positives:", int(y.sum()))


def add_bias(X):
    return np.hstack([np.ones((X.shape[0], 1)), X])


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def loss(w, X, y):
    p = sigmoid(X @ w)
    eps = 1e-12
    return -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))


def gradient(w, X, y):
    return X.T @ (sigmoid(X @ w) - y) / len(y)


X = add_bias(X_raw)
w = np.zeros(X.shape[1])
lr = 0.05
history = []

for it in range(5000):
    w -= lr * gradient(w, X, y)
    if it % 100 == 0:
        history.append(loss(w, X, y))
        if it % 1000 == 0:
            print(f"iter {it:5d}  loss {history[-1]:.5f}")

print("weights:", np.round(w, 4))

plt.plot(np.arange(len(history)) * 100, history)
plt.xlabel("iteration")
plt.ylabel("log loss")
plt.title("training loss")
plt.savefig("loss_curve.png")


def predict(w, X, thr=0.5):
    return (sigmoid(X @ w) >= thr).astype(int)


pred = predict(w, X)
acc = (pred == y).mean()
tp = ((pred == 1) & (y == 1)).sum()
fp = ((pred == 1) & (y == 0)).sum()
fn = ((pred == 0) & (y == 1)).sum()
precision = tp / (tp + fp)
recall = tp / (tp + fn)
print(f"accuracy {acc:.4f}  precision {precision:.4f}  recall {recall:.4f}")

# compare with sklearn's solution as a sanity check
from sklearn.linear_model import LogisticRegression
sk = LogisticRegression(C=1e6, max_iter=10000).fit(X_raw, y)
print("sklearn accuracy:", sk.score(X_raw, y))
