# churn model -- first time doing this in python, normally I'd use glm() in R
# translating my usual workflow: read data, look at it, fit a logistic regression,
# check it on customers and months it has not seen, then predict the test months.

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score

# read.csv() equivalent
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# str(df) / summary(df)
print(df.shape)
print(df.dtypes)
print(df.describe())

# table(df$churned_next_month)
print(df["churned_next_month"].value_counts())

df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"])

# in R I would write df[, 4:12] -- python counts from 0 and the end is excluded,
# so 3:-1 is "everything from plan up to but not including the outcome"
X_all = df.iloc[:, 3:-1]
y_all = df.iloc[:, -1]

# model.matrix() equivalent for the factors
X_all = pd.get_dummies(X_all, columns=["plan", "region"], drop_first=True).astype(float)

# hold-out: set.seed(2024); keep 20% of customers aside and only look at their
# last three months, the model is fitted on the other customers' first six months
np.random.seed(2024)
ids = df["customer_id"].unique()
held_ids = np.random.choice(ids, size=round(len(ids) * 0.2), replace=False)
in_held = df["customer_id"].isin(held_ids)
late = df["snapshot_month"] >= "2024-07-01"

train_rows = (~in_held) & (~late)
check_rows = in_held & late

X_tr, y_tr = X_all[train_rows], y_all[train_rows]
X_ck, y_ck = X_all[check_rows], y_all[check_rows]
print("train rows:", len(X_tr), " check rows:", len(X_ck))

# glm(family = binomial), roughly -- sklearn adds a small ridge penalty by default
fit = LogisticRegression(max_iter=2000)
fit.fit(X_tr, y_tr)

# coefficient table like summary(fit)
coefs = pd.Series(fit.coef_[0], index=X_tr.columns).sort_values()
print(coefs.round(3))

p_hat = fit.predict_proba(X_ck)[:, 1]

# null model: predict the training churn rate for everybody
p_null = np.repeat(y_tr.mean(), len(y_ck))

print("AUC model:", round(roc_auc_score(y_ck, p_hat), 4))
print("log loss model:", round(log_loss(y_ck, p_hat), 4))
print("log loss baseline (prior rate):", round(log_loss(y_ck, p_null), 4))

# calibration check, like a quick binned residual plot
bins = pd.qcut(p_hat, 5, duplicates="drop")
print(pd.DataFrame({"p": p_hat, "y": y_ck.values}).groupby(bins).mean())

# refit on all of train.csv and predict the test months
fit.fit(X_all, y_all)

X_test = test.iloc[:, 3:]
X_test = pd.get_dummies(X_test, columns=["plan", "region"], drop_first=True).astype(float)
X_test = X_test.reindex(columns=X_all.columns, fill_value=0)

out = pd.DataFrame({
    "snapshot_id": test["snapshot_id"],
    "prediction": fit.predict_proba(X_test)[:, 1],
})
out.to_csv("predictions.csv", index=False)
print(out.head())
