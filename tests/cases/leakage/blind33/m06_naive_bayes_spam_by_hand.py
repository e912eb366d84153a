"""
Multinomial Naive Bayes spam filter written from scratch.
Dataset: UCI SMS Spam Collection (spam.csv from Kaggle, latin-1 encoded).
"""
import re
import numpy as np
import pandas as pd
from collections import Counter

np.random.seed(1)

df = pd.read_csv("spam.csv", encoding="latin-1")
df = df[["v1", "v2"]]
df.columns = ["label", "message"]
print(df.shape)
print(df.label.value_counts())

STOP = set("""a an the and or is are was were be been to of in on for at by with
this that it its i you u me my your we our he she they them his her ur im""".split())


def tokenize(text):
    text = text.lower()
    text = re.sub(r"[^a-z0-9£$ ]", " ", text)
    return [w for w in text.split() if w not in STOP and len(w) > 1]


df["tokens"] = df["message"].apply(tokenize)

# ---- vocabulary: the 3000 most frequent words -----------------------------
counts = Counter()
for toks in df["tokens"]:
    counts.update(toks)
vocab = [w for w, _ in counts.most_common(3000)]
word_index = {w: i for i, w in enumerate(vocab)}
print("vocab size:", len(vocab))


def to_counts(token_lists):
    M = np.zeros((len(token_lists), len(vocab)), dtype=np.float64)
    for r, toks in enumerate(token_lists):
        for t in toks:
            j = word_index.get(t)
            if j is not None:
                M[r, j] += 1
    return M


X = to_counts(df["tokens"].tolist())
y = (df["label"] == "spam").astype(int).values

# ---- split ------------------------------------------------------------------
perm = np.random.permutation(len(y))
n_test = int(0.2 * len(y))
test_idx, train_idx = perm[:n_test], perm[n_test:]
X_train, y_train = X[train_idx], y[train_idx]
X_test, y_test = X[test_idx], y[test_idx]


# ---- training ---------------------------------------------------------------
class NaiveBayes:
    def __init__(self, alpha=1.0):
        self.alpha = alpha

    def fit(self, X, y):
        self.classes_ = np.unique(y)
        self.log_prior_ = np.log(np.array([np.mean(y == c) for c in self.classes_]))
        wc = np.array([X[y == c].sum(axis=0) for c in self.classes_]) + self.alpha
        self.log_lik_ = np.log(wc / wc.sum(axis=1, keepdims=True))
        return self

    def predict(self, X):
        scores = X @ self.log_lik_.T + self.log_prior_
        return self.classes_[np.argmax(scores, axis=1)]


nb = NaiveBayes(alpha=1.0).fit(X_train, y_train)
pred = nb.predict(X_test)

tp = int(((pred == 1) & (y_test == 1)).sum())
tn = int(((pred == 0) & (y_test == 0)).sum())
fp = int(((pred == 1) & (y_test == 0)).sum())
fn = int(((pred == 0) & (y_test == 1)).sum())
print(f"accuracy : {(tp + tn) / len(y_test):.4f}")
print(f"precision: {tp / (tp + fp):.4f}")
print(f"recall   : {tp / (tp + fn):.4f}")
print("confusion [[tn fp] [fn tp]]:", [[tn, fp], [fn, tp]])

# most 'spammy' words
ratio = nb.log_lik_[1] - nb.log_lik_[0]
print("top spam words:", [vocab[i] for i in np.argsort(-ratio)[:20]])
