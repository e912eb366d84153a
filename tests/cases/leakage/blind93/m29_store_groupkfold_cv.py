"""Weekly sales: 5-fold cross-validation by store for a random-intercept model.

Each fold holds out a set of whole stores (GroupKFold on store_id), so the store random intercept is
never estimated from the stores it is scored on. The baseline is the mean weekly sales of the
training stores in the fold.
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import GroupKFold

TARGET = "weekly_sales"
df = pd.read_csv("train.csv", parse_dates=["week_start"]).drop(columns=["units_sold"])
test = pd.read_csv("test.csv", parse_dates=["week_start"])
for frame in (df, test):
    woy = frame["week_start"].dt.isocalendar().week.astype(int)
    frame["sin_woy"] = np.sin(2 * np.pi * woy / 52)
    frame["cos_woy"] = np.cos(2 * np.pi * woy / 52)
    frame["markdown"] = frame["markdown"].fillna(0.0)
    frame["log_size"] = np.log(frame["store_size"])
df["log_sales"] = np.log1p(df[TARGET])

FORMULA = ("log_sales ~ log_size + C(store_type) + promo_flag + holiday_flag + sin_woy + cos_woy"
           " + temperature + fuel_price + cpi + unemployment")

cv = GroupKFold(n_splits=5)
rows = []
for fold, (tr_idx, va_idx) in enumerate(cv.split(df, groups=df["store_id"])):
    tr, va = df.iloc[tr_idx], df.iloc[va_idx]
    res = smf.mixedlm(FORMULA, tr, groups=tr["store_id"]).fit(reml=True, method="lbfgs")
    pred = np.expm1(res.predict(va))
    base = np.full(len(va), tr[TARGET].mean())
    rows.append({
        "fold": fold,
        "rmse_model": mean_squared_error(va[TARGET], pred) ** 0.5,
        "rmse_baseline": mean_squared_error(va[TARGET], base) ** 0.5,
        "mae_model": mean_absolute_error(va[TARGET], pred),
        "mae_baseline": mean_absolute_error(va[TARGET], base),
        "store_sd": float(np.sqrt(res.cov_re.iloc[0, 0])),
    })

cv_table = pd.DataFrame(rows)
print(cv_table.round(3))
print(cv_table.drop(columns="fold").agg(["mean", "std"]).round(3))

full = smf.mixedlm(FORMULA, df, groups=df["store_id"]).fit(reml=True, method="lbfgs")
print(full.summary())
blup = {k: v.iloc[0] for k, v in full.random_effects.items()}
test["prediction"] = np.expm1(full.predict(test) + test["store_id"].map(blup).fillna(0.0))
test[["store_id", "week_start", "prediction"]].to_csv("predictions.csv", index=False)
