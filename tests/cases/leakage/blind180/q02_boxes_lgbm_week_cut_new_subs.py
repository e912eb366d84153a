"""Subscription box cancellation - take-home submission.

Predict whether a subscriber cancels next week. I hold out the last eight
weeks of the training file as validation, keeping only subscribers who never
appear before the cut (the hidden test is new sign-ups, so a subscriber's own
history must not sit on both sides), and compare LightGBM with a prior baseline.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "cancelled_next_week"
DROP = ["row_id", "subscriber_id", "week_start", "cancellation_reason", TARGET]
# Fixed category lists (from the brief), so train and test share one coding.
LEVELS = {
    "plan_tier": ["basic", "family", "premium"],
    "region": ["north", "south", "east", "west"],
    "acquisition_channel": ["organic", "search", "paid_social", "referral", "influencer"],
}


def load(path):
    df = pd.read_csv(path, parse_dates=["week_start"])
    for col, levels in LEVELS.items():
        df[col] = pd.Categorical(df[col], categories=levels)
    return df


def add_features(df):
    out = df.copy()
    out["skip_ratio_4w"] = out["boxes_skipped_4w"] / 4.0
    out["tickets_per_active_week"] = out["support_tickets_4w"] / out["weeks_active"].clip(lower=1)
    out["had_delay"] = (out["delivery_delay_days"] > 0).astype(int)
    out["week_of_year"] = out["week_start"].dt.isocalendar().week.astype(int)
    return out


train_full = add_features(load("train.csv"))
test = add_features(load("test.csv"))

# Chronological hold-out: last 8 weeks.
cutoff = train_full["week_start"].max() - pd.Timedelta(weeks=8)
train = train_full[train_full["week_start"] <= cutoff]
valid = train_full[train_full["week_start"] > cutoff]
seen = set(train["subscriber_id"])
valid = valid[~valid["subscriber_id"].isin(seen)]
print(f"train rows {len(train)}, valid rows {len(valid)}, "
      f"valid positive rate {valid[TARGET].mean():.3f}")

features = [c for c in train.columns if c not in DROP]
X_tr, y_tr = train[features], train[TARGET]
X_va, y_va = valid[features], valid[TARGET]

baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_base = baseline.predict_proba(X_va)[:, 1]

model = lgb.LGBMClassifier(
    n_estimators=400,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    random_state=7,
    verbose=-1,
)
model.fit(X_tr, y_tr)
p_model = model.predict_proba(X_va)[:, 1]

for name, p in [("baseline (prior)", p_base), ("lightgbm", p_model)]:
    print(f"{name:18s} roc_auc={roc_auc_score(y_va, p):.4f} "
          f"pr_auc={average_precision_score(y_va, p):.4f}")

importance = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(importance.head(10))

final = lgb.LGBMClassifier(**model.get_params())
final.fit(train_full[features], train_full[TARGET])
pd.DataFrame({"row_id": test["row_id"],
              "prediction": final.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("wrote predictions.csv")
