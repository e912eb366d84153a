"""Credit default next month - LightGBM on monthly statements.

Validation: the last 3 statement months, restricted to accounts that have no
statement before the cut, so no account sits on both sides of the split.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "default_next_month"
DROP = ["statement_id", "account_id", "statement_month", TARGET]


def load(path):
    df = pd.read_csv(path, parse_dates=["statement_month"])
    return df.sort_values(["account_id", "statement_month"]).reset_index(drop=True)


def add_history(df):
    df = df.copy()
    g = df.groupby("account_id")
    for col in ["balance", "payment", "utilisation"]:
        df[f"{col}_lag1"] = g[col].shift(1)
        df[f"{col}_lag2"] = g[col].shift(2)
        df[f"{col}_chg"] = df[col] - df[f"{col}_lag1"]
    df["pay_ratio"] = df["payment"] / df["balance"].clip(lower=1)
    df["util_prev3"] = g["utilisation"].transform(
        lambda s: s.shift(1).rolling(3, min_periods=1).mean()
    )
    df["n_prev_statements"] = g.cumcount()
    return df


raw = load("train.csv")
data = add_history(raw)
features = [c for c in data.columns if c not in DROP]
print(len(features), "features")

cut = data["statement_month"].max() - pd.DateOffset(months=3)
fit_part = data[data["statement_month"] <= cut]
val_part = data[data["statement_month"] > cut]
val_part = val_part[~val_part["account_id"].isin(fit_part["account_id"].unique())]
print("fit rows", len(fit_part), "validation rows", len(val_part))

params = dict(n_estimators=400, learning_rate=0.03, num_leaves=31,
              min_child_samples=50, subsample=0.8, subsample_freq=1,
              colsample_bytree=0.8, random_state=7, verbose=-1)
model = lgb.LGBMClassifier(**params)
model.fit(fit_part[features], fit_part[TARGET])
p_val = model.predict_proba(val_part[features])[:, 1]

baseline = DummyClassifier(strategy="prior").fit(fit_part[features], fit_part[TARGET])
p_base = baseline.predict_proba(val_part[features])[:, 1]

for name, p in [("baseline (prior)", p_base), ("lightgbm", p_val)]:
    print(f"{name:18s} ROC AUC {roc_auc_score(val_part[TARGET], p):.4f}  "
          f"PR AUC {average_precision_score(val_part[TARGET], p):.4f}")

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10))

# refit on everything and score the test statements (history comes from train)
final = lgb.LGBMClassifier(**params).fit(data[features], data[TARGET])
test = pd.read_csv("test.csv", parse_dates=["statement_month"])
both = pd.concat([raw.drop(columns=[TARGET]), test], ignore_index=True)
both = add_history(both.sort_values(["account_id", "statement_month"]))
test_feat = both[both["statement_id"].isin(test["statement_id"])]
pd.DataFrame({
    "statement_id": test_feat["statement_id"],
    "prediction": final.predict_proba(test_feat[features])[:, 1],
}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
