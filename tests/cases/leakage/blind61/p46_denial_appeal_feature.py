"""Predict payer denials for submitted claims.

Pipeline: reference-table joins -> ColumnTransformer (one-hot + scaling) -> logistic regression / XGBoost,
evaluated on a stratified 20% hold-out.
"""
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from xgboost import XGBClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

claims = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
providers = pd.read_csv("providers.csv")
payers = pd.read_csv("payers.csv")


def enrich(df):
    df = df.merge(providers, on="provider_id", how="left").merge(payers, on="payer_id", how="left")
    df["icd_chapter"] = df.icd10_code.str[0]
    df["cpt_family"] = df.cpt_code.astype(str).str[:3]
    df["amount_per_line"] = df.billed_amount / df.n_lines.clip(lower=1)
    return df


data = enrich(claims)
test_f = enrich(test)
print(data.shape, "denial rate", round(data.denied.mean(), 3))
print(data.groupby("payer_type").denied.mean().round(3))
print(data.groupby("specialty").denied.agg(["mean", "size"]).sort_values("size", ascending=False).head(10))

CAT = ["payer_type", "place_of_service", "specialty", "network_status", "provider_type", "member_sex",
       "icd_chapter", "cpt_family", "modifier", "denial_reason_code"]
NUM = ["member_age", "billed_amount", "amount_per_line", "units", "n_lines", "days_to_submit",
       "prior_auth", "appeal_filed"]

X = data[CAT + NUM]
y = data["denied"]
X_tr, X_ho, y_tr, y_ho = train_test_split(X, y, test_size=0.2, stratify=y, random_state=17)

pre = ColumnTransformer([
    ("cat", Pipeline([("imp", SimpleImputer(strategy="constant", fill_value="NA")),
                      ("ohe", OneHotEncoder(handle_unknown="ignore", min_frequency=25))]), CAT),
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
])
model = Pipeline([("pre", pre),
                  ("xgb", XGBClassifier(n_estimators=400, max_depth=6, learning_rate=0.05,
                                        subsample=0.8, colsample_bytree=0.8, eval_metric="logloss"))])
model.fit(X_tr, y_tr)
p = model.predict_proba(X_ho)[:, 1]
print(f"hold-out AUROC {roc_auc_score(y_ho, p):.4f}")
print(f"hold-out AUPRC {average_precision_score(y_ho, p):.4f}")
print(f"hold-out F1    {f1_score(y_ho, p >= 0.5):.4f}")

names = model.named_steps["pre"].get_feature_names_out()
imp = pd.Series(model.named_steps["xgb"].feature_importances_, index=names).sort_values(ascending=False)
print(imp.head(15))

model.fit(X, y)
test_f["prediction"] = model.predict_proba(test_f[CAT + NUM])[:, 1]
test_f[["claim_id", "prediction"]].to_csv("predictions.csv", index=False)
