"""Churn-next-week model for the subscription box take-home.

Time box was tight, so I trained one LightGBM model on all of train.csv and
checked how well it separates cancellers. Predictions for test.csv are written
to predictions.csv.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "cancelled_next_week"
NUM = ["weeks_active", "boxes_skipped_4w", "support_tickets_4w", "discount_pct",
       "box_rating_last", "delivery_delay_days", "payment_failed"]
CAT = {"plan_tier": ["basic", "family", "premium"],
       "region": ["north", "south", "east", "west"],
       "acquisition_channel": ["organic", "search", "paid_social", "referral", "influencer"]}


def prepare(path):
    df = pd.read_csv(path, parse_dates=["week_start"])
    for col, levels in CAT.items():
        df[col] = pd.Categorical(df[col], categories=levels)
    df["tenure_bucket"] = pd.cut(df["weeks_active"], bins=[0, 4, 12, 26, 52, np.inf],
                                 labels=False, include_lowest=True)
    df["skip_and_ticket"] = df["boxes_skipped_4w"] * (df["support_tickets_4w"] > 0)
    df["quarter"] = df["week_start"].dt.quarter
    return df


train = prepare("train.csv")
test = prepare("test.csv")
features = NUM + list(CAT) + ["tenure_bucket", "skip_and_ticket", "quarter"]

pos_weight = (train[TARGET] == 0).sum() / (train[TARGET] == 1).sum()
model = lgb.LGBMClassifier(
    n_estimators=800,
    learning_rate=0.02,
    num_leaves=63,
    min_child_samples=30,
    colsample_bytree=0.7,
    scale_pos_weight=pos_weight,
    random_state=2024,
    verbose=-1,
)
model.fit(train[features], train[TARGET], categorical_feature=list(CAT))

p_train = model.predict_proba(train[features])[:, 1]
print(f"ROC AUC: {roc_auc_score(train[TARGET], p_train):.4f}")
print(f"PR AUC:  {average_precision_score(train[TARGET], p_train):.4f}")

# Share of all cancellations caught in the top decile, useful for the retention team.
order = np.argsort(-p_train)
top = order[: len(order) // 10]
captured = train[TARGET].to_numpy()[top].sum() / train[TARGET].sum()
print(f"cancellations captured in top decile: {captured:.1%}")

gain = pd.Series(model.booster_.feature_importance("gain"), index=features)
print(gain.sort_values(ascending=False).round(1).to_string())

pd.DataFrame({"row_id": test["row_id"],
              "prediction": model.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
