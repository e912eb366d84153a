"""Weekly store demand forecast - purged walk-forward validation.

Predict `weekly_units` for the weeks in test.csv. Validation mirrors that:
train on weeks before a cutoff, leave an embargo gap of `gap` weeks, then score
the next `horizon` weeks. Cutoffs move forward (rolling origin)."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import BaseCrossValidator

TARGET = "weekly_units"
TIME = "week_start"
ROW_ID = "row_id"

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
train = train.sort_values([TIME, "store_id"]).reset_index(drop=True)
print(train[TIME].min(), train[TIME].max(), train["store_id"].nunique(), "stores")


def add_features(frame):
    f = frame.sort_values(["store_id", TIME]).copy()
    f["weekofyear"] = f[TIME].dt.isocalendar().week.astype(int)
    f["month"] = f[TIME].dt.month
    f["price_change"] = f["price_index"] - f.groupby("store_id")["price_index"].shift(1)
    f["promo_last_week"] = f.groupby("store_id")["promo_active"].shift(1).fillna(0)
    f["log_size"] = np.log(f["store_size_sqm"])
    f = pd.get_dummies(f, columns=["region"], prefix="reg", dtype=int)
    return f.sort_index()


class PurgedWalkForward(BaseCrossValidator):
    def __init__(self, times, n_splits=4, horizon=8, gap=2):
        self.times = pd.to_datetime(pd.Series(times)).to_numpy()
        self.n_splits = n_splits
        self.horizon = horizon
        self.gap = gap

    def get_n_splits(self, X=None, y=None, groups=None):
        return self.n_splits

    def split(self, X, y=None, groups=None):
        weeks = np.unique(self.times)
        last = len(weeks)
        for s in range(self.n_splits, 0, -1):
            test_end = last - (s - 1) * self.horizon
            test_start = test_end - self.horizon
            train_end = test_start - self.gap          # embargo: weeks between train and test dropped
            tr = self.times < weeks[train_end]
            te = (self.times >= weeks[test_start]) & (self.times < weeks[test_end - 1] + np.timedelta64(1, "D"))
            yield np.flatnonzero(tr), np.flatnonzero(te)


full = add_features(train)
test_f = add_features(pd.concat([train.assign(_t=1), test.assign(_t=0)])).query("_t == 0")
FEATS = [c for c in full.columns if c not in [TARGET, TIME, ROW_ID, "store_id", "end_of_week_stock", "_t"]]
X, y = full[FEATS], full[TARGET].to_numpy()

cv = PurgedWalkForward(full[TIME], n_splits=4, horizon=8, gap=2)
rows = []
for k, (tr, te) in enumerate(cv.split(X)):
    assert full[TIME].iloc[tr].max() < full[TIME].iloc[te].min()
    gbm = HistGradientBoostingRegressor(loss="poisson", max_iter=500, learning_rate=0.05,
                                        max_leaf_nodes=31, random_state=k).fit(X.iloc[tr], y[tr])
    mean_base = DummyRegressor(strategy="mean").fit(X.iloc[tr], y[tr])
    pred = gbm.predict(X.iloc[te])
    rows.append({
        "fold": k,
        "test_from": full[TIME].iloc[te].min().date(),
        "mae_model": mean_absolute_error(y[te], pred),
        "mae_naive_prev_week": mean_absolute_error(y[te], full["prev_week_units"].iloc[te]),
        "mae_mean_baseline": mean_absolute_error(y[te], mean_base.predict(X.iloc[te])),
        "rmse_model": mean_squared_error(y[te], pred) ** 0.5,
    })
report = pd.DataFrame(rows)
print(report.round(2).to_string(index=False))
print(report.drop(columns=["fold", "test_from"]).mean().round(2))

final = HistGradientBoostingRegressor(loss="poisson", max_iter=500, learning_rate=0.05,
                                      max_leaf_nodes=31, random_state=0).fit(X, y)
test_X = test_f.reindex(columns=FEATS, fill_value=0)
pd.DataFrame({ROW_ID: test_f[ROW_ID], "prediction": final.predict(test_X)}).to_csv("predictions.csv", index=False)
