"""
Subscription renewal take-home.

Goal: predict whether an account renews at the end of a billing month
(one row per account-month). LightGBM vs. a dummy baseline.

Evaluation: train on months before the cutoff, evaluate on later months,
and only on accounts the model has never seen (the scoring set is new
accounts, so the holdout mimics that).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

DATA_PATH = "train.csv"
TEST_PATH = "test.csv"
TARGET = "renewed"
SEED = 42
CUTOFF = "2023-07-01"

CAT_COLS = ["plan_tier", "region", "industry"]
DROP_COLS = ["row_id", "account_id", "period_month", "cancellation_reason",
             "final_invoice_status", TARGET]


def load(path):
    df = pd.read_csv(path, parse_dates=["period_month"])
    return df


def add_features(df):
    df = df.copy()
    df["month_num"] = df["period_month"].dt.month
    df["fee_per_seat"] = df["monthly_fee"] / df["seats"].clip(lower=1)
    df["active_ratio"] = df["active_users"] / df["seats"].clip(lower=1)
    df["has_payment_issue"] = (df["payment_failures"] > 0).astype(int)
    # usage trend vs. previous month of the same account
    df = df.sort_values(["account_id", "period_month"])
    df["logins_prev"] = df.groupby("account_id")["logins_30d"].shift(1)
    df["logins_change"] = df["logins_30d"] - df["logins_prev"]
    for c in CAT_COLS:
        df[c] = df[c].astype("category")
    return df


df = add_features(load(DATA_PATH))
print(df.shape)
print(df[TARGET].value_counts(normalize=True))

features = [c for c in df.columns if c not in DROP_COLS]
print("n features:", len(features))

# time cut, then keep only unseen accounts on the evaluation side
train_df = df[df["period_month"] < CUTOFF]
test_df_eval = df[df["period_month"] >= CUTOFF]
seen_accounts = set(train_df["account_id"])
test_df_eval = test_df_eval[~test_df_eval["account_id"].isin(seen_accounts)]
print("train rows", len(train_df), "| eval rows", len(test_df_eval),
      "| eval accounts", test_df_eval["account_id"].nunique())

X_train, y_train = train_df[features], train_df[TARGET]
X_test, y_test = test_df_eval[features], test_df_eval[TARGET]

# --- baseline ---------------------------------------------------------------
dummy = DummyClassifier(strategy="prior")
dummy.fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]
print(f"baseline AUC  {roc_auc_score(y_test, p_dummy):.3f}")
print(f"baseline AP   {average_precision_score(y_test, p_dummy):.3f}")

# --- lightgbm -----------------------------------------------------------------
params = dict(
    n_estimators=600,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=40,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    reg_lambda=1.0,
    random_state=SEED,
    verbose=-1,
)
model = lgb.LGBMClassifier(**params)
model.fit(X_train, y_train, categorical_feature=CAT_COLS)

proba = model.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print(f"LGBM AUC      {roc_auc_score(y_test, proba):.3f}")
print(f"LGBM AP       {average_precision_score(y_test, proba):.3f}")
print(classification_report(y_test, pred, digits=3))

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(15))

try:
    import matplotlib.pyplot as plt
    imp.head(15)[::-1].plot.barh(figsize=(6, 5), title="LGBM split importance")
    plt.tight_layout()
    plt.savefig("importance.png")
except ImportError:
    pass

# --- submission ---------------------------------------------------------------
# evaluation is done; the model that scores test.csv uses every labelled month
test_df = add_features(load(TEST_PATH))
final = lgb.LGBMClassifier(**params)
final.fit(df[features], df[TARGET], categorical_feature=CAT_COLS)
test_df["prediction"] = final.predict_proba(test_df[features])[:, 1]
test_df[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(test_df))
