"""Load forecasting with ridge regression.

Cross-validation: blocked k-fold. The series is cut into 8 contiguous blocks
and each block is the test set once, so test hours are never interleaved
with training hours (avoids the autocorrelation problem of shuffled KFold).
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.model_selection import BaseCrossValidator, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET, TIME, ID = "load_mw", "timestamp", "obs_id"
df = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)


def design(d):
    out = pd.DataFrame(index=d.index)
    t = d["temperature"].ffill()
    out["temp"] = t
    out["temp2"] = t ** 2
    out["humidity"] = d["humidity"].ffill()
    out["wind"] = d["wind_speed"].ffill()
    out["holiday"] = d["is_holiday"]
    hours = pd.get_dummies(d[TIME].dt.hour, prefix="h", dtype=float).reindex(
        columns=[f"h_{i}" for i in range(24)], fill_value=0.0)
    dows = pd.get_dummies(d[TIME].dt.dayofweek, prefix="d", dtype=float).reindex(
        columns=[f"d_{i}" for i in range(7)], fill_value=0.0)
    doy = d[TIME].dt.dayofyear
    out["sin_doy"] = np.sin(2 * np.pi * doy / 365.25)
    out["cos_doy"] = np.cos(2 * np.pi * doy / 365.25)
    return pd.concat([out, hours, dows], axis=1).fillna(0)


X, y = design(df), df[TARGET]
X_test = design(test)


class BlockedKFold(BaseCrossValidator):
    """Contiguous blocks; optional margin removed around the test block."""

    def __init__(self, n_splits=8, margin=0):
        self.n_splits = n_splits
        self.margin = margin

    def get_n_splits(self, X=None, y=None, groups=None):
        return self.n_splits

    def _iter_test_indices(self, X=None, y=None, groups=None):
        raise NotImplementedError

    def split(self, X, y=None, groups=None):
        n = len(X)
        bounds = np.linspace(0, n, self.n_splits + 1).astype(int)
        for k in range(self.n_splits):
            lo, hi = bounds[k], bounds[k + 1]
            te = np.arange(lo, hi)
            tr = np.concatenate([np.arange(0, max(lo - self.margin, 0)),
                                 np.arange(min(hi + self.margin, n), n)])
            yield tr, te


cv = BlockedKFold(n_splits=8, margin=48)
scoring = ["neg_mean_absolute_error", "neg_root_mean_squared_error"]
ridge = make_pipeline(StandardScaler(), Ridge(alpha=3.0))
res_ridge = cross_validate(ridge, X, y, cv=cv, scoring=scoring)
res_mean = cross_validate(DummyRegressor(strategy="mean"), X, y, cv=cv, scoring=scoring)
print("ridge    MAE %.2f  RMSE %.2f" % (-res_ridge["test_neg_mean_absolute_error"].mean(),
                                         -res_ridge["test_neg_root_mean_squared_error"].mean()))
print("baseline MAE %.2f  RMSE %.2f" % (-res_mean["test_neg_mean_absolute_error"].mean(),
                                         -res_mean["test_neg_root_mean_squared_error"].mean()))
per_block = -res_ridge["test_neg_mean_absolute_error"]
print("MAE per block:", np.round(per_block, 1))

ridge.fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": ridge.predict(X_test)}).to_csv("predictions.csv", index=False)
