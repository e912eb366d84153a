# Playground S4E1 - Binary Classification with a Bank Churn Dataset (ROC AUC)
# XGBoost, one-hot Geography/Gender, a few ratio features, 5 folds x 3 seeds.

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from xgboost import XGBClassifier

DATA = "/kaggle/input/playground-series-s4e1"
SEEDS = [0, 1, 2]

train = pd.read_csv(f"{DATA}/train.csv")
test = pd.read_csv(f"{DATA}/test.csv")
print(train.shape, test.shape)
print(train["Exited"].value_counts(normalize=True).round(3))
print(train.groupby("Geography")["Exited"].mean().round(3))
print(train.groupby("NumOfProducts")["Exited"].mean().round(3))


def add_features(df):
    df = df.copy()
    df["IsSenior"] = (df["Age"] >= 60).astype(int)
    df["IsActive_by_CreditCard"] = df["HasCrCard"] * df["IsActiveMember"]
    df["Products_Per_Tenure"] = df["Tenure"] / df["NumOfProducts"]
    df["ZeroBalance"] = (df["Balance"] == 0).astype(int)
    df["Balance_to_Salary"] = df["Balance"] / (df["EstimatedSalary"] + 1)
    df["Age_x_Products"] = df["Age"] * df["NumOfProducts"]
    df["Log_Salary"] = np.log1p(df["EstimatedSalary"])
    df["Two_Products"] = (df["NumOfProducts"] == 2).astype(int)
    return df


train = add_features(train)
test = add_features(test)

DROP = ["id", "CustomerId", "Surname"]
y = train.pop("Exited")
X = train.drop(columns=DROP)
X = pd.get_dummies(X, columns=["Geography", "Gender"], drop_first=True, dtype=int)

X_test = test.drop(columns=DROP)
X_test = pd.get_dummies(X_test, columns=["Geography", "Gender"], drop_first=True, dtype=int)
X_test = X_test.reindex(columns=X.columns, fill_value=0)
print("features:", X.shape[1])

params = dict(
    n_estimators=700,
    learning_rate=0.03,
    max_depth=5,
    min_child_weight=4,
    subsample=0.8,
    colsample_bytree=0.5,
    gamma=0.1,
    reg_lambda=3.0,
    eval_metric="auc",
    tree_method="hist",
)

oof = np.zeros(len(X))
oof_prior = np.zeros(len(X))
pred = np.zeros(len(X_test))
for seed in SEEDS:
    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
    for fold, (tr, va) in enumerate(skf.split(X, y)):
        clf = XGBClassifier(**params, random_state=seed)
        clf.fit(X.iloc[tr], y.iloc[tr], verbose=False)
        oof[va] += clf.predict_proba(X.iloc[va])[:, 1] / len(SEEDS)
        pred += clf.predict_proba(X_test)[:, 1] / (5 * len(SEEDS))

        prior = DummyClassifier(strategy="prior").fit(X.iloc[tr], y.iloc[tr])
        oof_prior[va] += prior.predict_proba(X.iloc[va])[:, 1] / len(SEEDS)
    print(f"seed {seed}: running OOF AUC {roc_auc_score(y, oof):.5f}")

print(f"XGB OOF AUC        : {roc_auc_score(y, oof):.5f}")
print(f"Dummy prior OOF AUC: {roc_auc_score(y, oof_prior):.5f}")

imp = pd.Series(clf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))

pd.DataFrame({"id": test["id"], "Exited": pred}).to_csv("submission.csv", index=False)
