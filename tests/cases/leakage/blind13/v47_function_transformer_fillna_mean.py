"""Predict student final grade (G3) - Portuguese school dataset, extended with survey columns."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder

stu = pd.read_csv("student-por-survey.csv", sep=";")
print(stu.shape)
print(stu.isna().sum()[stu.isna().sum() > 0])

# survey answers have holes -> fill numeric gaps with the column average
num_cols = stu.select_dtypes("number").columns.drop(["G3"])
stu[num_cols] = stu[num_cols].fillna(stu[num_cols].mean())

# G1/G2 are period grades of the same year; keep G1 only (early-warning use case)
stu = stu.drop(columns=["G2"])

X = stu.drop(columns=["G3"])
y = stu["G3"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=12)

log_counts = FunctionTransformer(np.log1p, feature_names_out="one-to-one")
pre = ColumnTransformer([
    ("cnt", log_counts, ["absences", "failures"]),
    ("num", "passthrough", make_column_selector(dtype_include=np.number, pattern="^(?!absences$|failures$)")),
    ("cat", OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_include=object)),
])
model = Pipeline([
    ("pre", pre),
    ("gbr", GradientBoostingRegressor(n_estimators=400, learning_rate=0.03, max_depth=3,
                                      subsample=0.8, random_state=12)),
])
model.fit(X_train, y_train)
pred = model.predict(X_test)

base = DummyRegressor(strategy="mean").fit(X_train, y_train)
print("GBR   MAE %.3f  R2 %.3f" % (mean_absolute_error(y_test, pred), r2_score(y_test, pred)))
print("mean  MAE %.3f  R2 %.3f" % (mean_absolute_error(y_test, base.predict(X_test)), r2_score(y_test, base.predict(X_test))))

names = model.named_steps["pre"].get_feature_names_out()
imp = pd.Series(model.named_steps["gbr"].feature_importances_, index=names).sort_values(ascending=False)
print(imp.head(10))
