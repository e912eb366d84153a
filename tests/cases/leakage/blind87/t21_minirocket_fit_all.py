"""Bearing fault detection: MiniRocket (sktime) + RidgeClassifierCV.

MiniRocket is fitted once on the full set of windows so that the transform is shared by the
training and the evaluation part; afterwards the feature matrix is split 80/20.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import RidgeClassifierCV
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, balanced_accuracy_score
from sktime.datatypes._panel._convert import from_2d_array_to_nested
from sktime.transformations.panel.rocket import MiniRocket

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
sig_cols = [c for c in train.columns if c.startswith("v_")]

X_nested = from_2d_array_to_nested(train[sig_cols].to_numpy())
y = train["fault"].to_numpy()
print("windows:", len(y), "faults:", int(y.sum()))

minirocket = MiniRocket(num_kernels=10_000, random_state=2)
minirocket.fit(X_nested)
F = minirocket.transform(X_nested).to_numpy()

F_tr, F_va, y_tr, y_va = train_test_split(F, y, test_size=0.2, stratify=y, random_state=2)

ridge = RidgeClassifierCV(alphas=np.logspace(-3, 3, 13), class_weight="balanced")
ridge.fit(F_tr, y_tr)
s_va = ridge.decision_function(F_va)

dummy = DummyClassifier(strategy="stratified", random_state=2).fit(F_tr, y_tr)
s0 = dummy.predict_proba(F_va)[:, 1]

print(f"dummy      ROC-AUC={roc_auc_score(y_va, s0):.3f} PR-AUC={average_precision_score(y_va, s0):.3f}")
print(f"minirocket ROC-AUC={roc_auc_score(y_va, s_va):.3f} PR-AUC={average_precision_score(y_va, s_va):.3f} "
      f"bal.acc={balanced_accuracy_score(y_va, ridge.predict(F_va)):.3f}")

ridge.fit(F, y)
F_test = minirocket.transform(from_2d_array_to_nested(test[sig_cols].to_numpy())).to_numpy()
score = ridge.decision_function(F_test)
prob = 1.0 / (1.0 + np.exp(-score))
pd.DataFrame({"window_id": test["window_id"], "prediction": prob}).to_csv("predictions.csv", index=False)
