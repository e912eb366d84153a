"""Minutes-late regression: quick end-to-end pipeline.

Everything numeric goes through as-is, everything categorical is ordinal
encoded and handed to HGB as categorical. Compared against a mean predictor.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor, make_column_selector
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, OrdinalEncoder

pd.set_option("display.width", 140)

df = pd.read_csv("train.csv", parse_dates=["order_date"])
print(df.shape)
print(df.head())
print(df.describe(include="all").T[["count", "unique", "mean"]])


def calendar(frame):
    frame = frame.copy()
    date = frame.pop("order_date")
    frame["hour"] = date.dt.hour
    frame["weekday"] = date.dt.weekday
    frame["month"] = date.dt.month
    frame["is_holiday_season"] = date.dt.month.isin([11, 12]).astype(int)
    return frame


cat_selector = make_column_selector(dtype_include=object)
prep = ColumnTransformer(
    [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1,
                            encoded_missing_value=-1), cat_selector)],
    remainder="passthrough",
    verbose_feature_names_out=False,
).set_output(transform="pandas")

X = df.drop(columns=["order_id", "courier_id", "minutes_late"])
y = df["minutes_late"]
n_cat = len(cat_selector(X))
print("categorical columns:", cat_selector(X))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)

model = TransformedTargetRegressor(
    regressor=make_pipeline(
        FunctionTransformer(calendar),
        prep,
        HistGradientBoostingRegressor(
            categorical_features=list(range(n_cat)),
            learning_rate=0.08,
            max_iter=300,
            random_state=1,
        ),
    ),
    func=np.arcsinh,
    inverse_func=np.sinh,
)
model.fit(X_train, y_train)
mean_model = DummyRegressor(strategy="mean").fit(X_train, y_train)

for label, est in [("mean predictor", mean_model), ("HGB", model)]:
    p = est.predict(X_test)
    print(
        f"{label:15s} MAE {mean_absolute_error(y_test, p):6.2f}  "
        f"RMSE {np.sqrt(mean_squared_error(y_test, p)):6.2f}  R2 {r2_score(y_test, p):.3f}"
    )

# where do we miss?
p = model.predict(X_test)
err = pd.DataFrame({"vehicle_type": X_test["vehicle_type"], "weather": X_test["weather"],
                    "abs_err": np.abs(y_test - p)})
print(err.pivot_table(index="vehicle_type", columns="weather", values="abs_err").round(1))

test = pd.read_csv("test.csv", parse_dates=["order_date"])
X_sub = test.drop(columns=["order_id", "courier_id"])
pd.DataFrame({"order_id": test["order_id"], "prediction": model.predict(X_sub)}).to_csv(
    "predictions.csv", index=False
)
print("saved")
