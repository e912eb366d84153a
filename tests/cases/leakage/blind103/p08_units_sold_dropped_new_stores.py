# Promo response classifier - cleaned-up version.
# promo_units_sold and post_promo_sales are only known after the promo has run: dropped.
# Hold-out = weeks after the cut-off from stores that had no rows before it.

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

POST_PERIOD = ["promo_units_sold", "post_promo_sales"]
CUTOFF = pd.Timestamp("2023-07-01")


def engineer(d):
    return (
        d.sort_values(["store_id", "week_start"])
        .assign(
            disc_x_flyer=lambda x: x.discount_pct * x.flyer,
            footfall_prev=lambda x: x.groupby("store_id")["footfall"].shift(1),
            footfall_prev_4w=lambda x: x.groupby("store_id")["footfall"].transform(
                lambda s: s.shift(1).rolling(4, min_periods=1).mean()
            ),
            promos_so_far=lambda x: x.groupby("store_id").cumcount(),
            month=lambda x: x.week_start.dt.month,
        )
        .reset_index(drop=True)
    )


df = (
    pd.read_csv("train.csv", parse_dates=["week_start"])
    .drop(columns=POST_PERIOD)
    .pipe(engineer)
)

train = df.loc[df.week_start < CUTOFF]
later = df.loc[df.week_start >= CUTOFF]
new_store_ids = set(later.store_id) - set(train.store_id)
test = later.loc[later.store_id.isin(new_store_ids)]
print(f"train={len(train)} test={len(test)} new stores={len(new_store_ids)}")

FEATURES = ["discount_pct", "flyer", "competitor_promo", "weather_temp", "footfall", "avg_weekly_sales",
            "disc_x_flyer", "footfall_prev", "footfall_prev_4w", "promos_so_far", "month"]

X_train, y_train = train[FEATURES].fillna(0), train["responded"]
X_test, y_test = test[FEATURES].fillna(0), test["responded"]

gbm = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, random_state=1)
gbm.fit(X_train, y_train)
baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)

report = pd.DataFrame(
    {
        name: {
            "roc_auc": roc_auc_score(y_test, m.predict_proba(X_test)[:, 1]),
            "pr_auc": average_precision_score(y_test, m.predict_proba(X_test)[:, 1]),
        }
        for name, m in {"baseline (prior)": baseline, "gbm": gbm}.items()
    }
).T
print(report.round(3).to_markdown())

print(
    pd.Series(gbm.feature_importances_, index=FEATURES)
    .sort_values(ascending=False)
    .round(3)
    .to_frame("importance")
    .to_markdown()
)

# segment check on the hold-out: by promo type
print(
    test.assign(p=gbm.predict_proba(X_test)[:, 1])
    .groupby("promo_type")
    .agg(n=("p", "size"), mean_pred=("p", "mean"), actual=("responded", "mean"))
    .round(3)
    .to_markdown()
)

sub = pd.read_csv("test.csv", parse_dates=["week_start"]).drop(columns=POST_PERIOD, errors="ignore").pipe(engineer)
gbm.fit(df[FEATURES].fillna(0), df["responded"])
sub[["row_id"]].assign(prediction=gbm.predict_proba(sub[FEATURES].fillna(0))[:, 1]).to_csv(
    "predictions.csv", index=False
)
