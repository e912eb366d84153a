"""Box cancellation: subscriber-profile features + LightGBM.

Idea: a single weekly snapshot is noisy, so I describe each subscriber by
their behaviour (average rating, how often they skip, ticket volume) and
attach that profile to every one of their weeks.
"""
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

TARGET = "cancelled_next_week"
BASE_FEATURES = ["weeks_active", "boxes_skipped_4w", "support_tickets_4w", "discount_pct",
                 "box_rating_last", "delivery_delay_days", "payment_failed"]
PLAN_CODES = {"basic": 0, "family": 1, "premium": 2}


def add_profile(df):
    df = df.sort_values(["subscriber_id", "week_start"]).copy()
    g = df.groupby("subscriber_id")
    df["sub_rating_mean"] = g["box_rating_last"].transform("mean")
    df["sub_rating_min"] = g["box_rating_last"].transform("min")
    df["sub_skips_mean"] = g["boxes_skipped_4w"].transform("mean")
    df["sub_tickets_max"] = g["support_tickets_4w"].transform("max")
    df["sub_n_weeks"] = g["week_start"].transform("count")
    df["sub_delay_total"] = g["delivery_delay_days"].transform("sum")
    df["plan_code"] = df["plan_tier"].map(PLAN_CODES)
    return df


PROFILE = ["sub_rating_mean", "sub_rating_min", "sub_skips_mean", "sub_tickets_max",
           "sub_n_weeks", "sub_delay_total", "plan_code"]
FEATURES = BASE_FEATURES + PROFILE

train_csv = pd.read_csv("train.csv", parse_dates=["week_start"])
test_csv = pd.read_csv("test.csv", parse_dates=["week_start"])
both = add_profile(pd.concat([train_csv.assign(_part="train"), test_csv.assign(_part="test")]))
df = both[both["_part"] == "train"]
test = both[both["_part"] == "test"]

# Time cut; the validation side keeps only subscribers with no rows before the cut.
cutoff = pd.Timestamp("2024-05-06")
tr = df[df["week_start"] < cutoff]
va = df[(df["week_start"] >= cutoff) & ~df["subscriber_id"].isin(tr["subscriber_id"])]
print("train", tr.shape, "valid", va.shape, "valid rate", round(va[TARGET].mean(), 4))

clf = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=24,
                         min_child_samples=40, reg_lambda=1.0, colsample_bytree=0.8,
                         random_state=11, verbose=-1)
clf.fit(tr[FEATURES], tr[TARGET])
dummy = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])

rows = []
for name, est in [("dummy_prior", dummy), ("lgbm_profile", clf)]:
    p = est.predict_proba(va[FEATURES])[:, 1]
    rows.append({"model": name,
                 "roc_auc": roc_auc_score(va[TARGET], p),
                 "pr_auc": average_precision_score(va[TARGET], p),
                 "log_loss": log_loss(va[TARGET], p)})
print(pd.DataFrame(rows).round(4).to_string(index=False))

imp = pd.Series(clf.booster_.feature_importance("gain"), index=FEATURES)
print((imp / imp.sum()).sort_values(ascending=False).round(3))

pd.DataFrame({"row_id": test["row_id"],
              "prediction": clf.predict_proba(test[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
