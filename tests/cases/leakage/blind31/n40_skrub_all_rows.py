"""Employee salaries (skrub dataset): predict current annual salary.

TableVectorizer handles the messy columns (free-text job titles, dates, categoricals)
in one call, then a gradient-boosted regressor.
"""
import numpy as np
import pandas as pd
from skrub import DatetimeEncoder, GapEncoder, TableVectorizer
from skrub.datasets import fetch_employee_salaries
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split


def load():
    dataset = fetch_employee_salaries()
    frame = dataset.X.copy()
    target = dataset.y.to_numpy()
    # stateless clean-up
    frame["gender"] = frame["gender"].fillna("unknown")
    frame["assignment_category"] = frame["assignment_category"].str.strip().str.lower()
    return frame, target


def describe(frame):
    print(frame.dtypes)
    print(frame.isna().mean().sort_values(ascending=False).head().round(3))
    print("unique job titles:", frame["employee_position_title"].nunique())


df, y = load()
describe(df)

vectorizer = TableVectorizer(
    high_cardinality=GapEncoder(n_components=20, random_state=0),
    datetime=DatetimeEncoder(resolution="month"),
    cardinality_threshold=30,
)
X = vectorizer.fit_transform(df)
print("vectorized shape:", X.shape)
print(pd.Series({c: type(t).__name__ for c, t in vectorizer.transformers_.items()}))

X_train, X_test, y_train, y_test, df_train, df_test = train_test_split(X, y, df, test_size=0.2, random_state=0)

reg = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05, random_state=0)
reg.fit(X_train, y_train)
pred = reg.predict(X_test)
base = DummyRegressor(strategy="median").fit(X_train, y_train).predict(X_test)

print(f"median baseline MAE {mean_absolute_error(y_test, base):,.0f}")
print(f"HGB             MAE {mean_absolute_error(y_test, pred):,.0f}  R2 {r2_score(y_test, pred):.3f}")

# topics the GapEncoder found in job titles
gap = vectorizer.transformers_["employee_position_title"]
topics = gap.get_feature_names_out(n_labels=3)
print(topics[:10])

# where does the model struggle?
err = pd.DataFrame({"department": df_test["department"].to_numpy(), "abs_err": np.abs(pred - y_test)})
print(err.groupby("department")["abs_err"].median().sort_values(ascending=False).head(8).round(0))
print("relative error p90:", np.quantile(np.abs(pred - y_test) / y_test, 0.9).round(3))
