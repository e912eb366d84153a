# New store revenue: wide feature set -> univariate screening -> ridge, validated with GroupKFold on stores
# The screening step sits inside the pipeline so every fold re-selects on its own training stores.
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

train = pd.read_csv("train.csv", parse_dates=["week"])
test = pd.read_csv("test.csv", parse_dates=["week"])
MEDIA = ["local_tv", "radio", "social", "search"]


def wide_features(df):
    df = df.sort_values(["store_id", "week"]).copy()
    feats = pd.DataFrame(index=df.index)
    g = df.groupby("store_id")
    for ch in MEDIA:
        feats[ch] = df[ch]
        feats[f"log_{ch}"] = np.log1p(df[ch])
        for lag in (1, 2, 4):
            feats[f"{ch}_lag{lag}"] = g[ch].shift(lag).fillna(0)
        for decay in (0.3, 0.6, 0.8):
            feats[f"{ch}_ewm{int(decay * 10)}"] = g[ch].transform(lambda s, a=1 - decay: s.ewm(alpha=a, adjust=False).mean())
    for c in ["sqft", "pop_density", "median_income", "competitors_nearby", "price_index", "promo_flag", "holiday"]:
        feats[c] = df[c]
    feats["log_sqft"] = np.log(df["sqft"])
    feats["income_x_density"] = df["median_income"] * df["pop_density"] / 1e6
    feats["woy_sin"] = np.sin(2 * np.pi * df["week"].dt.isocalendar().week.astype(int) / 52)
    feats["woy_cos"] = np.cos(2 * np.pi * df["week"].dt.isocalendar().week.astype(int) / 52)
    feats = feats.join(pd.get_dummies(df[["format", "region"]], dtype=float))
    return df, feats


train, F = wide_features(train)
test, F_test = wide_features(test)
F_test = F_test.reindex(columns=F.columns, fill_value=0)
y = np.log(train["revenue"])
groups = train["store_id"]
print("candidate features:", F.shape[1])

pipe = make_pipeline(StandardScaler(), SelectKBest(f_regression, k=25), RidgeCV(alphas=np.logspace(-2, 3, 30)))
cv = GroupKFold(n_splits=5)
scoring = ["r2", "neg_mean_absolute_error"]
res = cross_validate(pipe, F, y, groups=groups, cv=cv, scoring=scoring, return_estimator=True)
base = cross_validate(DummyRegressor(strategy="mean"), F, y, groups=groups, cv=cv, scoring=scoring)
print(f"GroupKFold R2 (log revenue): {res['test_r2'].mean():.3f} +/- {res['test_r2'].std():.3f}"
      f"   | mean baseline {base['test_r2'].mean():.3f}")
print(f"GroupKFold MAE (log revenue): {-res['test_neg_mean_absolute_error'].mean():.3f}"
      f"   | mean baseline {-base['test_neg_mean_absolute_error'].mean():.3f}")

# MAPE on the revenue scale, fold by fold
mapes, base_mapes = [], []
for (tr_idx, va_idx), est in zip(cv.split(F, y, groups), res["estimator"]):
    p = np.exp(est.predict(F.iloc[va_idx]))
    a = train["revenue"].iloc[va_idx].values
    mapes.append(np.mean(np.abs(a - p) / a))
    b = np.exp(y.iloc[tr_idx].mean())
    base_mapes.append(np.mean(np.abs(a - b) / a))
print("fold MAPE:", np.round(mapes, 3), "mean", round(float(np.mean(mapes)), 3))
print("baseline MAPE:", round(float(np.mean(base_mapes)), 3))

pipe.fit(F, y)
kept = F.columns[pipe[1].get_support()]
coef = pd.Series(pipe[-1].coef_, index=kept).sort_values()
print(coef.round(3))
pd.DataFrame({"row_id": test["row_id"], "prediction": np.exp(pipe.predict(F_test))}).to_csv(
    "predictions.csv", index=False
)
