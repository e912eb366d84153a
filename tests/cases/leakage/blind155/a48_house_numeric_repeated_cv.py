# House prices -- numeric columns + one-hot neighborhood, XGBoost,
# repeated 5-fold CV implemented as a BaseCrossValidator subclass.
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import BaseCrossValidator, cross_validate
from xgboost import XGBRegressor

TARGET, ID = "sale_price", "listing_id"
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

numeric_cols = [c for c in train.select_dtypes(include="number").columns if c not in (TARGET, ID)]
print("numeric features:", numeric_cols)

X = pd.concat([train[numeric_cols],
               pd.get_dummies(train[["neighborhood", "condition"]], dtype=int)], axis=1)
X_test = pd.concat([test[numeric_cols],
                    pd.get_dummies(test[["neighborhood", "condition"]], dtype=int)], axis=1)
X_test = X_test.reindex(columns=X.columns, fill_value=0)
y = train[TARGET]


class RepeatedShuffleKFold(BaseCrossValidator):
    def __init__(self, n_splits=5, n_repeats=3, random_state=0):
        self.n_splits = n_splits
        self.n_repeats = n_repeats
        self.random_state = random_state

    def get_n_splits(self, X=None, y=None, groups=None):
        return self.n_splits * self.n_repeats

    def _iter_test_indices(self, X=None, y=None, groups=None):
        n = len(X)
        for r in range(self.n_repeats):
            perm = np.random.RandomState(self.random_state + r).permutation(n)
            for part in np.array_split(perm, self.n_splits):
                yield part


cv = RepeatedShuffleKFold(n_splits=5, n_repeats=3, random_state=11)
scoring = {"mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error", "r2": "r2"}
xgb = XGBRegressor(n_estimators=600, max_depth=5, learning_rate=0.04, subsample=0.8,
                   colsample_bytree=0.8, reg_lambda=1.0, n_jobs=4, random_state=0)
r_xgb = cross_validate(xgb, X, y, cv=cv, scoring=scoring)
r_base = cross_validate(DummyRegressor(strategy="median"), X, y, cv=cv, scoring=scoring)

table = pd.DataFrame({
    "xgboost": [-r_xgb["test_mae"].mean(), -r_xgb["test_rmse"].mean(), r_xgb["test_r2"].mean()],
    "median_baseline": [-r_base["test_mae"].mean(), -r_base["test_rmse"].mean(), r_base["test_r2"].mean()],
}, index=["MAE", "RMSE", "R2"])
print(table.round(3))

xgb.fit(X, y)
imp = pd.Series(xgb.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))
pd.DataFrame({ID: test[ID], "prediction": xgb.predict(X_test)}).to_csv("predictions.csv", index=False)
