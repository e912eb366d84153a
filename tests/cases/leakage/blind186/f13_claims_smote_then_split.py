# Claim fraud detection -- LightGBM + SMOTE
#
# Fraud is ~4% of claims, so the minority class is oversampled with SMOTE
# to give the booster enough positive examples.

import warnings
warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd
import lightgbm as lgb
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score, confusion_matrix

RANDOM_STATE = 2024

df = pd.read_csv("train.csv", parse_dates=["claim_date", "policy_start_date"])
print(df.shape)
print(df["is_fraud"].value_counts(normalize=True))

# --- feature engineering ------------------------------------------------------
df["policy_age_days"] = (df["claim_date"] - df["policy_start_date"]).dt.days
df["claim_hour_weekend"] = df["claim_date"].dt.dayofweek.isin([5, 6]).astype(int)
df["amount_per_premium"] = df["claim_amount"] / (df["premium_annual"] + 1)
df["many_prior_claims"] = (df["num_prior_claims"] >= 3).astype(int)
df["no_witness_no_report"] = ((df["witnesses"] == 0) & (df["police_report_available"] == "NO")).astype(int)

cat_cols = ["incident_type", "incident_severity", "police_report_available",
            "insured_occupation", "region"]
df = pd.get_dummies(df, columns=cat_cols, drop_first=False, dtype=int)

drop = ["claim_id", "policy_id", "claim_date", "policy_start_date", "agent_id", "repair_shop_id",
        "siu_referral_outcome", "payout_withheld_flag", "is_fraud"]
X = df.drop(columns=drop).fillna(0)
y = df["is_fraud"]

# --- rebalance ------------------------------------------------------------------
smote = SMOTE(sampling_strategy=0.3, k_neighbors=5, random_state=RANDOM_STATE)
X_bal, y_bal = smote.fit_resample(X, y)
print("after SMOTE:", X_bal.shape, y_bal.mean().round(3))

X_train, X_test, y_train, y_test = train_test_split(
    X_bal, y_bal, test_size=0.25, stratify=y_bal, random_state=RANDOM_STATE
)

# --- model -----------------------------------------------------------------------
model = lgb.LGBMClassifier(
    n_estimators=800,
    learning_rate=0.02,
    num_leaves=48,
    min_child_samples=40,
    reg_lambda=2.0,
    colsample_bytree=0.7,
    random_state=RANDOM_STATE,
    verbose=-1,
)
model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
base_proba = baseline.predict_proba(X_test)[:, 1]

print("=== hold-out ===")
print("baseline ROC AUC:", round(roc_auc_score(y_test, base_proba), 4))
print("LightGBM ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("LightGBM PR AUC :", round(average_precision_score(y_test, proba), 4))
print("LightGBM F1     :", round(f1_score(y_test, pred), 4))
print(confusion_matrix(y_test, pred))

fi = pd.DataFrame({"feature": X.columns, "gain": model.booster_.feature_importance("gain")})
print(fi.sort_values("gain", ascending=False).head(15).to_string(index=False))

# --- submission ------------------------------------------------------------------
test_df = pd.read_csv("test.csv", parse_dates=["claim_date", "policy_start_date"])
test_df["policy_age_days"] = (test_df["claim_date"] - test_df["policy_start_date"]).dt.days
test_df["claim_hour_weekend"] = test_df["claim_date"].dt.dayofweek.isin([5, 6]).astype(int)
test_df["amount_per_premium"] = test_df["claim_amount"] / (test_df["premium_annual"] + 1)
test_df["many_prior_claims"] = (test_df["num_prior_claims"] >= 3).astype(int)
test_df["no_witness_no_report"] = ((test_df["witnesses"] == 0) &
                                   (test_df["police_report_available"] == "NO")).astype(int)
test_df = pd.get_dummies(test_df, columns=cat_cols, dtype=int)
X_sub = test_df.reindex(columns=X.columns, fill_value=0).fillna(0)

model.fit(X_bal, y_bal)
pd.DataFrame({"claim_id": test_df["claim_id"], "prediction": model.predict_proba(X_sub)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
