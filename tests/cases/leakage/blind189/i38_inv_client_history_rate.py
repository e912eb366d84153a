import pandas as pd
import numpy as np
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

df = pd.read_csv("train.csv", parse_dates=["issue_date"])
print(df.head())

# --- client behaviour features -------------------------------------------------
# how often this client pays late
client = df.groupby("client_id").agg(client_late_rate=("paid_late", "mean"))
df = df.merge(client, on="client_id", how="left")

df["log_amount"] = np.log1p(df["amount"])
df["terms_days"] = df["terms_days"].fillna(30)
df["month"] = df["issue_date"].dt.month
ind = pd.get_dummies(df["industry"], prefix="ind", dtype=int)
df = pd.concat([df, ind], axis=1)

features = ["client_late_rate", "log_amount", "terms_days", "month"] + list(ind.columns)
X, y = df[features], df["paid_late"]

cv = GroupKFold(n_splits=5)
gb = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=0)
oof = cross_val_predict(gb, X, y, groups=df["client_id"], cv=cv, method="predict_proba")[:, 1]
oof_dummy = cross_val_predict(DummyClassifier(strategy="prior"), X, y, groups=df["client_id"], cv=cv,
                              method="predict_proba")[:, 1]

print("OOF ROC AUC  model: %.4f   dummy: %.4f" % (roc_auc_score(y, oof), roc_auc_score(y, oof_dummy)))
print("OOF avg prec model: %.4f" % average_precision_score(y, oof))
print(classification_report(y, (oof > 0.5).astype(int), digits=3))

gb.fit(X, y)
print(pd.Series(gb.feature_importances_, index=features).sort_values(ascending=False).head(8))

test = pd.read_csv("test.csv", parse_dates=["issue_date"])
test = test.merge(client, on="client_id", how="left")
test["client_late_rate"] = test["client_late_rate"].fillna(y.mean())
test["log_amount"] = np.log1p(test["amount"])
test["terms_days"] = test["terms_days"].fillna(30)
test["month"] = test["issue_date"].dt.month
test = pd.concat([test, pd.get_dummies(test["industry"], prefix="ind", dtype=int)], axis=1)
test = test.reindex(columns=["invoice_id"] + features, fill_value=0)
pd.DataFrame({"invoice_id": test["invoice_id"], "prediction": gb.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
