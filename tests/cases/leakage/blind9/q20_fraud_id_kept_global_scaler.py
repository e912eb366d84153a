import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.dtypes)

NON_FEATURES = ["is_fraud", "chargeback_flag", "card_id", "timestamp"]


def to_matrix(d):
    d = d.drop(columns=[c for c in NON_FEATURES if c in d.columns])
    d["amount"] = np.log1p(d["amount"])
    return pd.get_dummies(d, columns=["merchant_category", "country"], dtype=float)


X = to_matrix(df)
y = df["is_fraud"].values
print(X.columns.tolist())

scaler = StandardScaler().fit(X)
Xs = scaler.transform(X)

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=21)
lr = LogisticRegression(max_iter=4000, C=1.0, class_weight="balanced")
oof = cross_val_predict(lr, Xs, y, cv=cv, method="predict_proba")[:, 1]
oof_dummy = cross_val_predict(DummyClassifier(strategy="prior"), Xs, y, cv=cv, method="predict_proba")[:, 1]

print("out-of-fold AUC  model %.4f  dummy %.4f" % (roc_auc_score(y, oof), roc_auc_score(y, oof_dummy)))
print("out-of-fold AP   model %.4f  dummy %.4f" % (average_precision_score(y, oof), average_precision_score(y, oof_dummy)))

for q in (0.9, 0.95, 0.99):
    t = np.quantile(oof, q)
    print(f"top {1 - q:.0%}: precision {y[oof >= t].mean():.3f}")

lr.fit(Xs, y)
Xt = scaler.transform(to_matrix(test).reindex(columns=X.columns, fill_value=0.0))
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": lr.predict_proba(Xt)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
