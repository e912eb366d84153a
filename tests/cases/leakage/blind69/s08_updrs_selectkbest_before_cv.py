# motor_updrs prediction -- feature selection + ridge
# author: candidate 0412

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler, PolynomialFeatures
from sklearn.pipeline import Pipeline
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import GroupKFold, cross_validate

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

ID, GROUP, TARGET = "recording_id", "subject_id", "motor_updrs"
base_cols = [c for c in train.columns if c not in (ID, GROUP, TARGET, "total_updrs")]

# pairwise interactions of the dysphonia measures -> lots of columns, keep the best 25
poly = PolynomialFeatures(degree=2, include_bias=False)
X_all = poly.fit_transform(train[base_cols])
names = poly.get_feature_names_out(base_cols)
y = train[TARGET].values
groups = train[GROUP].values
print("expanded feature count:", X_all.shape[1])

selector = SelectKBest(score_func=f_regression, k=25)
X_sel = selector.fit_transform(X_all, y)
kept = names[selector.get_support()]
print("kept:", list(kept))

model = Pipeline([("scale", StandardScaler()), ("ridge", Ridge(alpha=3.0))])
cv = GroupKFold(n_splits=5)
scoring = {"mae": "neg_mean_absolute_error", "r2": "r2"}

res_model = cross_validate(model, X_sel, y, groups=groups, cv=cv, scoring=scoring)
res_dummy = cross_validate(DummyRegressor(), X_sel, y, groups=groups, cv=cv, scoring=scoring)

for label, res in [("dummy", res_dummy), ("ridge+kbest", res_model)]:
    print(f"{label:12s} MAE {-res['test_mae'].mean():6.3f}  R2 {res['test_r2'].mean():6.3f}")

# final
model.fit(X_sel, y)
X_test = selector.transform(poly.transform(test[base_cols]))
out = pd.DataFrame({ID: test[ID], "prediction": model.predict(X_test)})
out.to_csv("predictions.csv", index=False)
