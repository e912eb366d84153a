# credit default - logistic regression baseline submission
# author: candidate 2231
import pandas as pd
import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, accuracy_score, brier_score_loss

df = pd.read_csv("train.csv")
df["statement_month"] = pd.to_datetime(df["statement_month"])
df = df.sort_values("statement_month")

num_cols = ["balance", "payment", "utilisation", "credit_limit", "min_payment_due",
            "days_past_due", "months_on_book"]
df[num_cols] = df[num_cols].fillna(0)
df["paid_min"] = (df["payment"] >= df["min_payment_due"]).astype(int)
df["log_balance"] = np.log1p(df["balance"].clip(lower=0))
feats = num_cols + ["paid_min", "log_balance"]

# hold out the last four months; evaluate only on accounts first seen there
months = np.sort(df["statement_month"].unique())
cutoff = months[-4]
tr = df[df["statement_month"] < cutoff].copy()
te = df[df["statement_month"] >= cutoff].copy()
seen = set(tr["account_id"])
te = te[~te["account_id"].isin(seen)].copy()
print(tr.shape, te.shape)

scaler = StandardScaler()
scaler.fit(df[feats])          # scale once on the whole frame
tr[feats] = scaler.transform(tr[feats])
te[feats] = scaler.transform(te[feats])
X_tr, y_tr = tr[feats].values, tr["default_next_month"].values
X_te, y_te = te[feats].values, te["default_next_month"].values

clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
clf.fit(X_tr, y_tr)
prob = clf.predict_proba(X_te)[:, 1]

dummy = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)
print("dummy accuracy   :", accuracy_score(y_te, dummy.predict(X_te)))
print("logreg accuracy  :", accuracy_score(y_te, clf.predict(X_te)))
print("logreg ROC AUC   :", roc_auc_score(y_te, prob))
print("logreg Brier     :", brier_score_loss(y_te, prob))

coefs = pd.Series(clf.coef_[0], index=feats).sort_values()
print(coefs)

# final model for the submission
scaler_all = StandardScaler().fit(df[feats])
final = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
final.fit(scaler_all.transform(df[feats]), df["default_next_month"])
test = pd.read_csv("test.csv")
test[num_cols] = test[num_cols].fillna(0)
test["paid_min"] = (test["payment"] >= test["min_payment_due"]).astype(int)
test["log_balance"] = np.log1p(test["balance"].clip(lower=0))
out = pd.DataFrame({"statement_id": test["statement_id"],
                    "prediction": final.predict_proba(scaler_all.transform(test[feats]))[:, 1]})
out.to_csv("predictions.csv", index=False)
