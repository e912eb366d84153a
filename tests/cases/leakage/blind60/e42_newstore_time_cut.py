"""New-store weekly revenue model.

Validation mimics "forecast the next weeks": train on all weeks up to a cutoff, validate on the
last 10 weeks of the history.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_percentage_error, r2_score

VAL_WEEKS = 10
CARRYOVER = {"local_tv": 0.55, "radio": 0.35, "social": 0.25, "search": 0.05}


def carry(x, rate):
    out, acc = np.empty(len(x)), 0.0
    for i, v in enumerate(x):
        acc = v + rate * acc
        out[i] = acc
    return out


def featurize(df):
    df = df.sort_values(["store_id", "week"]).reset_index(drop=True)
    for ch, r in CARRYOVER.items():
        df[f"{ch}_adstock"] = df.groupby("store_id")[ch].transform(lambda s, r=r: carry(s.to_numpy(float), r))
        df[f"{ch}_hill"] = df[f"{ch}_adstock"] ** 1.3 / (df[f"{ch}_adstock"] ** 1.3 + 5000.0**1.3)
    df["month"] = df["week"].dt.month
    df["spend_per_sqft"] = (df["local_tv"] + df["radio"] + df["social"] + df["search"]) / df["sqft"]
    df["fmt"] = df["format"].map({"express": 0, "standard": 1, "superstore": 2})
    df["reg"] = df["region"].str.extract(r"(\d+)", expand=False).astype(int)
    return df


train = featurize(pd.read_csv("train.csv", parse_dates=["week"]))
test = featurize(pd.read_csv("test.csv", parse_dates=["week"]))

FEATURES = [f"{c}_hill" for c in CARRYOVER] + [
    "month", "spend_per_sqft", "fmt", "reg", "sqft", "pop_density", "median_income", "competitors_nearby",
    "price_index", "promo_flag", "holiday",
]

cutoff = np.sort(train["week"].unique())[-VAL_WEEKS]
fit = train[train["week"] < cutoff]
val = train[train["week"] >= cutoff]
print(f"fit: {len(fit)} rows up to {pd.Timestamp(cutoff).date()}, val: {len(val)} rows")

model = HistGradientBoostingRegressor(
    max_iter=800, learning_rate=0.04, max_leaf_nodes=31, l2_regularization=1.0,
    categorical_features=[FEATURES.index("fmt"), FEATURES.index("reg")], random_state=0,
)
model.fit(fit[FEATURES], fit["revenue"])
pred = model.predict(val[FEATURES])
print(f"validation MAPE: {mean_absolute_percentage_error(val['revenue'], pred):.3f}")
print(f"validation R2  : {r2_score(val['revenue'], pred):.3f}")

by_fmt = val.assign(pred=pred).groupby("format").apply(
    lambda g: pd.Series({"mape": mean_absolute_percentage_error(g["revenue"], g["pred"]), "n": len(g)})
)
print(by_fmt)

# media response: +10% spend in each channel, everything else fixed
for ch in CARRYOVER:
    bumped = val.copy()
    bumped[f"{ch}_adstock"] *= 1.1
    bumped[f"{ch}_hill"] = bumped[f"{ch}_adstock"] ** 1.3 / (bumped[f"{ch}_adstock"] ** 1.3 + 5000.0**1.3)
    uplift = model.predict(bumped[FEATURES]).sum() / pred.sum() - 1
    print(f"+10% {ch:<8} -> revenue {uplift:+.2%}")

model.fit(train[FEATURES], train["revenue"])
pd.DataFrame({"row_id": test["row_id"], "prediction": model.predict(test[FEATURES])}).to_csv("predictions.csv", index=False)
