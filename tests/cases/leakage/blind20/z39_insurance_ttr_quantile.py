"""Medical insurance charges: TransformedTargetRegressor with quantile-normalised target."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error, r2_score
from sklearn.model_selection import KFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, QuantileTransformer

ins = pd.read_csv("data/insurance.csv")
ins["bmi_over_30"] = (ins["bmi"] >= 30).astype(int)
ins["smoker_bmi"] = (ins["smoker"] == "yes").astype(int) * ins["bmi"]

CATS = ["sex", "smoker", "region"]
NUMS = ["age", "bmi", "children", "bmi_over_30", "smoker_bmi"]
X = ins[CATS + NUMS]
y = ins["charges"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=77)

features = ColumnTransformer(
    [
        ("cat", OneHotEncoder(drop="if_binary", handle_unknown="ignore"), CATS),
        ("num", QuantileTransformer(n_quantiles=200, output_distribution="uniform"), NUMS),
    ]
)
regressor = Pipeline([("features", features), ("hgb", HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05, random_state=77))])

model = TransformedTargetRegressor(
    regressor=regressor,
    transformer=QuantileTransformer(n_quantiles=300, output_distribution="normal"),
)

cv_mae = -cross_val_score(model, X_train, y_train, cv=KFold(5, shuffle=True, random_state=77),
                          scoring="neg_mean_absolute_error")
print(f"CV MAE (train part): {cv_mae.mean():,.0f} +/- {cv_mae.std():,.0f}")

model.fit(X_train, y_train)
pred = model.predict(X_test)

median_baseline = DummyRegressor(strategy="median").fit(X_train, y_train)
base = median_baseline.predict(X_test)

print(f"test MAE        model {mean_absolute_error(y_test, pred):>10,.0f} | median baseline {mean_absolute_error(y_test, base):>10,.0f}")
print(f"test median AE  model {median_absolute_error(y_test, pred):>10,.0f} | median baseline {median_absolute_error(y_test, base):>10,.0f}")
print(f"test R2         model {r2_score(y_test, pred):.3f}")
