# promo_response.py
# LightGBM on store-week promo data; hold-out = stores opened after the cut-off.
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import average_precision_score, roc_auc_score

CUTOFF = pd.Timestamp("2023-07-01")
CATS = ["promo_type", "region", "store_format"]

stores = pd.read_csv("stores.csv", parse_dates=["open_date"])


def build(path):
    return (
        pd.read_csv(path, parse_dates=["week_start"])
        .drop(columns=["promo_units_sold", "post_promo_sales"], errors="ignore")
        .merge(stores, on="store_id", how="left")
        .sort_values(["store_id", "week_start"])
        .assign(
            weeks_open=lambda d: (d.week_start - d.open_date).dt.days // 7,
            footfall_lag1=lambda d: d.groupby("store_id")["footfall"].shift(1),
            footfall_exp_mean=lambda d: d.groupby("store_id")["footfall"].transform(
                lambda s: s.shift(1).expanding().mean()
            ),
            disc_rank_in_store=lambda d: d.groupby("store_id")["discount_pct"].transform(
                lambda s: s.shift(1).expanding().max()
            ),
            month=lambda d: d.week_start.dt.month,
        )
        .assign(**{c: lambda d, c=c: d[c].astype("category") for c in CATS})
        .reset_index(drop=True)
    )


df = build("train.csv")

train = df[df.week_start < CUTOFF]
test = df[(df.week_start >= CUTOFF) & ~df.store_id.isin(train.store_id.unique())]

FEATURES = ["discount_pct", "flyer", "competitor_promo", "weather_temp", "footfall", "avg_weekly_sales",
            "store_size_sqm", "weeks_open", "footfall_lag1", "footfall_exp_mean", "disc_rank_in_store",
            "month"] + CATS

params = dict(n_estimators=500, learning_rate=0.03, num_leaves=24, min_child_samples=30,
              colsample_bytree=0.8, subsample=0.8, subsample_freq=1, reg_lambda=1.0,
              random_state=11, verbose=-1)
model = lgb.LGBMClassifier(**params).fit(train[FEATURES], train["responded"])
proba = model.predict_proba(test[FEATURES])[:, 1]

print(
    pd.DataFrame(
        {"roc_auc": [roc_auc_score(test["responded"], proba)],
         "avg_precision": [average_precision_score(test["responded"], proba)],
         "n_test": [len(test)], "new_stores": [test.store_id.nunique()]}
    ).round(3).to_markdown(index=False)
)

# calibration by decile of predicted probability
print(
    test.assign(p=proba, decile=lambda d: pd.qcut(d.p, 10, labels=False, duplicates="drop"))
    .groupby("decile")
    .agg(mean_p=("p", "mean"), rate=("responded", "mean"), n=("p", "size"))
    .round(3)
    .to_markdown()
)

imp = (
    pd.DataFrame({"feature": FEATURES, "gain": model.booster_.feature_importance("gain")})
    .sort_values("gain", ascending=False)
    .assign(pct=lambda d: d.gain.rank(pct=True))
)
print(imp.round(3).to_markdown(index=False))

sub = build("test.csv")
final = lgb.LGBMClassifier(**params).fit(df[FEATURES], df["responded"])
sub[["row_id"]].assign(prediction=final.predict_proba(sub[FEATURES])[:, 1]).to_csv("predictions.csv", index=False)
