"""Motor frequency take-home: banded Poisson GLM (scikit-learn).

Continuous rating factors are banded with the fixed band edges used in the current tariff and
one-hot encoded. Out-of-time check on the latest year, new-business policyholders only.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import PoissonRegressor
from sklearn.metrics import mean_poisson_deviance

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)
print(df.isna().sum()[df.isna().sum() > 0])

CAT_COLS = ["territory", "fuel_type", "vehicle_group"]
# band edges copied from the current rating manual
BANDS = {
    "driver_age": [-np.inf, 21, 25, 30, 40, 50, 60, 70, np.inf],
    "vehicle_age": [-np.inf, 1, 3, 5, 8, 12, np.inf],
    "vehicle_value": [-np.inf, 5000, 10000, 15000, 25000, 40000, np.inf],
    "annual_mileage": [-np.inf, 5000, 8000, 12000, 16000, 20000, np.inf],
    "bonus_malus": [-np.inf, 60, 80, 100, 120, 150, np.inf],
}

# portfolio frequency sanity check
print("overall frequency:", round(df.claim_count.sum() / df.exposure.sum(), 4))

for col, edges in BANDS.items():
    df[col + "_band"] = pd.cut(df[col], edges).astype(str)
    test[col + "_band"] = pd.cut(test[col], edges).astype(str)

band_features = [c + "_band" for c in BANDS] + CAT_COLS


def design(d):
    X = pd.get_dummies(d[band_features].astype(str), drop_first=True, dtype=float)
    X["ncd_years"] = d["ncd_years"].clip(upper=9)
    X["urban_flag"] = d["urban_flag"]
    return X


X_all = design(df)
X_test = design(test).reindex(columns=X_all.columns, fill_value=0.0)

last_year = df.policy_year.max()
is_train = df.policy_year < last_year
seen = set(df.loc[is_train, "policyholder_id"])
is_valid = (df.policy_year == last_year) & ~df.policyholder_id.isin(seen)

X_tr, X_va = X_all[is_train], X_all[is_valid]
tr, va = df[is_train], df[is_valid]
print("train rows", len(tr), "validation rows (new business)", len(va))

model = PoissonRegressor(alpha=1e-4, max_iter=2000)
model.fit(X_tr, tr.claim_count / tr.exposure, sample_weight=tr.exposure)

freq_va = model.predict(X_va)
flat = tr.claim_count.sum() / tr.exposure.sum()
dev_model = mean_poisson_deviance(va.claim_count / va.exposure, freq_va, sample_weight=va.exposure)
dev_base = mean_poisson_deviance(va.claim_count / va.exposure, np.full(len(va), flat),
                                 sample_weight=va.exposure)
print(f"baseline flat-rate deviance {dev_base:.4f}  |  GLM deviance {dev_model:.4f}")

# lift by predicted decile
lift = pd.DataFrame({"pred": freq_va * va.exposure.values, "obs": va.claim_count.values,
                     "expo": va.exposure.values})
lift["decile"] = pd.qcut(freq_va, 10, labels=False, duplicates="drop")
table = lift.groupby("decile")[["pred", "obs", "expo"]].sum()
table["pred_freq"] = table.pred / table.expo
table["obs_freq"] = table.obs / table.expo
print(table.round(4))

coefs = pd.Series(np.exp(model.coef_), index=X_tr.columns).sort_values()
print("relativities (lowest / highest):")
print(coefs.head(5).round(3))
print(coefs.tail(5).round(3))

final = PoissonRegressor(alpha=1e-4, max_iter=2000)
final.fit(X_all, df.claim_count / df.exposure, sample_weight=df.exposure)
test["prediction"] = final.predict(X_test) * test.exposure
test[["policy_id", "prediction"]].to_csv("predictions.csv", index=False)
print("written", len(test), "predictions")
