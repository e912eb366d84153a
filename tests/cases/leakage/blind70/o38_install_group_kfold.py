# Install prediction - cross-validated by device
#
# The same device shows up many times, so plain KFold would put one device's requests
# in train and validation at once. GroupKFold on device_id avoids that.

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

df = pd.read_csv("train.csv", parse_dates=["ts"])
df["hour"] = df["ts"].dt.hour
df["weekday"] = df["ts"].dt.weekday

cat_features = ["app_bundle", "publisher_app", "creative_type", "placement", "os_version",
                "device_make", "carrier", "country", "hour", "weekday"]
num_features = ["bid_price", "is_wifi"]

preprocess = ColumnTransformer(
    [
        ("onehot", OneHotEncoder(handle_unknown="ignore", min_frequency=50), cat_features),
        ("num", Pipeline([("log", FunctionTransformer(np.log1p)), ("sc", StandardScaler())]), num_features),
    ]
)
model = Pipeline(
    [
        ("prep", preprocess),
        ("sgd", SGDClassifier(loss="log_loss", alpha=5e-5, max_iter=30, random_state=0)),
    ]
)

X = df[cat_features + num_features]
y = df["installed"]
cv = GroupKFold(n_splits=5)
res = cross_validate(model, X, y, groups=df["device_id"], cv=cv,
                     scoring={"auc": "roc_auc", "ll": "neg_log_loss", "ap": "average_precision"},
                     return_train_score=False)

print("GroupKFold (device_id), 5 folds")
print("  ROC AUC  %.4f (%.4f)" % (res["test_auc"].mean(), res["test_auc"].std()))
print("  log loss %.4f (%.4f)" % (-res["test_ll"].mean(), res["test_ll"].std()))
print("  PR AUC   %.4f (%.4f)" % (res["test_ap"].mean(), res["test_ap"].std()))

model.fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["ts"])
test["hour"] = test["ts"].dt.hour
test["weekday"] = test["ts"].dt.weekday
pd.DataFrame({"request_id": test["request_id"],
              "prediction": model.predict_proba(test[cat_features + num_features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
