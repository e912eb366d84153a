# Churn take-home - gradient boosting with a customer-level holdout
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.pipeline import Pipeline
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_charges", "support_tickets_90d", "logins_30d", "payment_failures"]
CAT = ["plan", "region", "contract_type"]


def split_data(df, test_size=0.25, seed=42):
    """Hold out a quarter of the customers (all of their months)."""
    customers = df["customer_id"].unique()
    cust_tr, cust_te = train_test_split(customers, test_size=test_size, random_state=seed)
    tr = df.loc[df["customer_id"].isin(cust_tr)]
    te = df.loc[df["customer_id"].isin(cust_te)]
    X_train, y_train = tr[NUM + CAT], tr[TARGET]
    X_test, y_test = te[NUM + CAT], te[TARGET]
    return X_train, X_test, y_train, y_test


def make_model():
    pre = ColumnTransformer(
        [("cat", OneHotEncoder(handle_unknown="ignore"), CAT)], remainder="passthrough"
    )
    gb = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=0)
    return Pipeline([("pre", pre), ("gb", gb)])


df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, df["customer_id"].nunique(), "customers")
print(df[TARGET].mean())
print(df[NUM].describe().T)

# GradientBoosting does not take NaN
df[NUM] = df[NUM].fillna(0)
test[NUM] = test[NUM].fillna(0)

X_train, X_test, y_train, y_test = split_data(df)
print(X_train.shape, X_test.shape, y_test.mean())

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
pb = baseline.predict_proba(X_test)[:, 1]
print("baseline  auc", roc_auc_score(y_test, pb), "brier", brier_score_loss(y_test, pb))

model = make_model().fit(X_train, y_train)
p = model.predict_proba(X_test)[:, 1]
print("gboost    auc", roc_auc_score(y_test, p), "ap", average_precision_score(y_test, p), "brier", brier_score_loss(y_test, p))

# per-plan check
res = pd.DataFrame({"plan": X_test["plan"].values, "y": y_test.values, "p": p})
for plan, grp in res.groupby("plan"):
    if grp["y"].nunique() == 2:
        print(plan, len(grp), round(roc_auc_score(grp["y"], grp["p"]), 3))

model.fit(df[NUM + CAT], df[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": model.predict_proba(test[NUM + CAT])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
