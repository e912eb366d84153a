"""High-cost-in-next-90-days classifier (claims data).

Features: claim attributes, member demographics, spend in the member's previous 180 days.
Validation: train on claims up to 2023-06-30, validate on later claims.
"""
import pandas as pd
import numpy as np
from sklearn.compose import make_column_transformer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score

CUTOFF = pd.Timestamp("2023-06-30")

claims = pd.read_csv("train.csv", parse_dates=["service_date"])
test = pd.read_csv("test.csv", parse_dates=["service_date"])
members = pd.read_csv("members.csv")
providers = pd.read_csv("providers.csv")


def add_features(df):
    df = df.merge(members[["member_id", "birth_year", "sex", "plan_type", "region"]], on="member_id", how="left")
    df = df.merge(providers[["provider_id", "provider_specialty_group", "in_network"]], on="provider_id", how="left")
    df["age"] = df["service_date"].dt.year - df["birth_year"]
    df = df.sort_values(["member_id", "service_date"]).reset_index(drop=True)
    roll = (df.set_index("service_date").groupby("member_id")["allowed_amount"]
              .rolling("180D", closed="left"))
    df["spend_prev_180d"] = roll.sum().fillna(0).to_numpy()
    df["claims_prev_180d"] = roll.count().fillna(0).to_numpy()
    df["log_allowed"] = np.log1p(df["allowed_amount"])
    df["log_prev_spend"] = np.log1p(df["spend_prev_180d"])
    return df


data = add_features(claims)
test_f = add_features(test)

num = ["age", "log_allowed", "log_prev_spend", "claims_prev_180d", "n_lines", "in_network"]
cat = ["sex", "plan_type", "region", "claim_type", "place_of_service", "provider_specialty_group"]

train_part = data[data["service_date"] <= CUTOFF]
valid_part = data[data["service_date"] > CUTOFF]
print(f"train {len(train_part)} claims, validation {len(valid_part)} claims")

model = make_pipeline(
    make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num),
        (OneHotEncoder(handle_unknown="ignore"), cat),
    ),
    LogisticRegression(C=1.0, max_iter=2000),
)
model.fit(train_part[num + cat], train_part["high_cost_90d"])
acc = accuracy_score(valid_part["high_cost_90d"], model.predict(valid_part[num + cat]))
print(f"validation accuracy: {acc:.4f}")

model.fit(data[num + cat], data["high_cost_90d"])
test_f["prediction"] = model.predict_proba(test_f[num + cat])[:, 1]
test_f[["claim_id", "prediction"]].to_csv("predictions.csv", index=False)
