# pump failure - 30 day horizon
# several readings per pump -> GroupKFold on pump_id so a pump is never in train and validation at once

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

df = pd.read_csv("train.csv")
print(df.shape, df.pump_id.nunique(), "pumps")

num = ["vibration_rms", "bearing_temp", "pressure_bar", "flow_rate", "motor_current",
       "age_days", "runtime_hours", "maintenance_count", "days_since_maintenance"]
cat = ["site", "model_family"]

X = df[num + cat]
y = df["fail_30d"]
groups = df["pump_id"]

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat),
])
model = Pipeline([
    ("pre", pre),
    ("lr", LogisticRegression(max_iter=5000, class_weight="balanced", C=0.3)),
])

cv = GroupKFold(n_splits=5)
res = cross_validate(model, X, y, groups=groups, cv=cv,
                     scoring=["roc_auc", "average_precision", "recall"], return_train_score=True)
for k in ["test_roc_auc", "test_average_precision", "test_recall"]:
    print(f"{k:24s} {res[k].mean():.3f} +/- {res[k].std():.3f}")
print("train roc_auc", res["train_roc_auc"].mean().round(3))

model.fit(X, y)
coef = pd.Series(model.named_steps["lr"].coef_[0], index=model.named_steps["pre"].get_feature_names_out())
print(coef.sort_values().round(3).to_string())

test = pd.read_csv("test.csv")
pd.DataFrame({"reading_id": test["reading_id"],
              "prediction": model.predict_proba(test[num + cat])[:, 1]}).to_csv("predictions.csv", index=False)
