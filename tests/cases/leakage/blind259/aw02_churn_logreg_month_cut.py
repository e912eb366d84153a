import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(df.shape, test.shape)
print(df.churned_next_month.mean())
print(df.isna().sum().sort_values(ascending=False).head())

# things we don't want as features
drop = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month",
        "retention_offer_accepted", "account_closed_date_known"]

def make_X(d):
    X = d.drop(columns=[c for c in drop if c in d.columns])
    return pd.get_dummies(X, columns=["plan"], dtype=float).fillna(0)

# last 3 months = validation, and only customers the model hasn't seen,
# otherwise it's just the same people a month later
months = np.sort(df.snapshot_month.unique())
cut = months[-3]
tr = df[df.snapshot_month < cut]
va = df[(df.snapshot_month >= cut) & ~df.customer_id.isin(tr.customer_id)]
print(len(tr), len(va), va.churned_next_month.mean())

X_tr, y_tr = make_X(tr), tr.churned_next_month
X_va = make_X(va).reindex(columns=X_tr.columns, fill_value=0)
y_va = va.churned_next_month

base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
clf = LogisticRegression(max_iter=2000, class_weight="balanced").fit(X_tr, y_tr)

for name, m in [("baseline", base), ("logreg", clf)]:
    p = m.predict_proba(X_va)[:, 1]
    print(name, "auc", round(roc_auc_score(y_va, p), 4),
          "ap", round(average_precision_score(y_va, p), 4))

# final fit + submit
X = make_X(df)
clf.fit(X, df.churned_next_month)
Xt = make_X(test).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"snapshot_id": test.snapshot_id,
              "prediction": clf.predict_proba(Xt)[:, 1]}).to_csv("predictions.csv", index=False)
