import os
import json
import joblib
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import precision_score, recall_score, f1_score, average_precision_score

CONFIG = {
    "path": "features/fraud/merchant_payments.parquet",
    "label": "chargeback",
    "thresholds": [round(t, 2) for t in np.arange(0.05, 0.95, 0.05)],
    "report": "reports/chargeback_thresholds.json",
}
pay = pd.read_parquet(CONFIG["path"])
print(pay.shape, pay[CONFIG["label"]].mean())
print(pay.isna().sum().sort_values().tail())
X = pay.drop(columns=[CONFIG["label"], "payment_id", "merchant_id"])
y = pay[CONFIG["label"]]

X_dev, X_te, y_dev, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=21)
X_tr, X_val, y_tr, y_val = train_test_split(X_dev, y_dev, test_size=0.25, stratify=y_dev, random_state=22)

clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.06, class_weight="balanced")
clf.fit(X_tr, y_tr)

def sweep(model, X_, y_):
    p = model.predict_proba(X_)[:, 1]
    rows = []
    for t in CONFIG["thresholds"]:
        rows.append({"t": t, "f1": f1_score(y_, p >= t)})
    return pd.DataFrame(rows)

table = sweep(clf, X_val, y_val)
best_t = float(table.sort_values("f1").iloc[-1]["t"])
print(table)
print("threshold", best_t)

p_te = clf.predict_proba(X_te)[:, 1]
flag = p_te >= best_t
dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_tr, y_tr)
result = {
    "threshold": best_t,
    "precision": precision_score(y_te, flag),
    "recall": recall_score(y_te, flag),
    "f1": f1_score(y_te, flag),
    "pr_auc": average_precision_score(y_te, p_te),
    "f1_dummy": f1_score(y_te, dummy.predict(X_te)),
}
print(result)
with open(CONFIG["report"], "w") as fh:
    json.dump(result, fh, indent=2)
joblib.dump({"model": clf, "threshold": best_t}, "artifacts/chargeback_hgb.joblib")
