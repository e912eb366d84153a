"""Denial prediction - logistic regression scorecard.

A scorecard is what the revenue-cycle team asked for: one coefficient per feature,
readable by billing staff.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, roc_auc_score, confusion_matrix

claims = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
providers = pd.read_csv("providers.csv")
payers = pd.read_csv("payers.csv")


def prepare(df):
    df = df.merge(providers, on="provider_id", how="left").merge(payers, on="payer_id", how="left")
    df["late_submission"] = (df["days_to_submit"] > 90).astype(int)
    df["no_prior_auth_high_cost"] = ((df["prior_auth"] == 0) & (df["billed_amount"] > 5000)).astype(int)
    df["out_of_network"] = (df["network_status"] != "IN").astype(int)
    df["log_billed"] = np.log1p(df["billed_amount"])
    df["icd_chapter"] = df["icd10_code"].str[0]
    return df


train = prepare(claims)
test_f = prepare(test)
print(train.shape, test_f.shape)
print(train.denied.value_counts())
print(train.groupby("payer_type").denied.mean().round(3))

num_cols = ["member_age", "log_billed", "units", "n_lines", "days_to_submit", "prior_auth",
            "late_submission", "no_prior_auth_high_cost", "out_of_network"]
cat_cols = ["payer_type", "place_of_service", "specialty", "icd_chapter"]

scorecard = Pipeline([
    ("prep", ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore", drop="first"), cat_cols),
    ])),
    ("lr", LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")),
])
scorecard.fit(train[num_cols + cat_cols], train["denied"])

prob = scorecard.predict_proba(train[num_cols + cat_cols])[:, 1]
pred = (prob >= 0.5).astype(int)
print(classification_report(train["denied"], pred, digits=3))
print("ROC AUC:", round(roc_auc_score(train["denied"], prob), 4))
print(confusion_matrix(train["denied"], pred))

names = scorecard.named_steps["prep"].get_feature_names_out()
coefs = pd.Series(scorecard.named_steps["lr"].coef_[0], index=names).sort_values()
print("\nscorecard weights:")
print(coefs.round(3).to_string())

test_f["prediction"] = scorecard.predict_proba(test_f[num_cols + cat_cols])[:, 1]
test_f[["claim_id", "prediction"]].to_csv("predictions.csv", index=False)
