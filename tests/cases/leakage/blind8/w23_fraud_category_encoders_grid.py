# Card fraud -- category_encoders target encoding + random forest, tuned by CV on the training split
import category_encoders as ce
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline

TARGET = "is_fraud"
CAT = ["merchant_category", "country"]
NUM = ["amount", "hour", "card_present", "device_age_days"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape)
print(df[TARGET].value_counts(normalize=True))
print(df.groupby("country")[TARGET].agg(["mean", "size"]).sort_values("size", ascending=False).head(10))

df["device_age_days"] = df["device_age_days"].fillna(-1)
test["device_age_days"] = test["device_age_days"].fillna(-1)

X = df[NUM + CAT]
y = df[TARGET]
X_train, X_hold, y_train, y_hold = train_test_split(X, y, test_size=0.2, stratify=y, random_state=4)

pipe = Pipeline([
    ("te", ce.TargetEncoder(cols=CAT, smoothing=10.0, min_samples_leaf=20)),
    ("rf", RandomForestClassifier(n_jobs=-1, class_weight="balanced_subsample", random_state=4)),
])
grid = {
    "te__smoothing": [1.0, 10.0, 50.0],
    "rf__n_estimators": [300],
    "rf__min_samples_leaf": [1, 5, 20],
    "rf__max_depth": [None, 12],
}
cv = StratifiedKFold(n_splits=4, shuffle=True, random_state=4)
search = GridSearchCV(pipe, grid, scoring="average_precision", cv=cv, n_jobs=-1, refit=True)
search.fit(X_train, y_train)
print("best", search.best_params_, "cv AP %.4f" % search.best_score_)

p = search.predict_proba(X_hold)[:, 1]
print("holdout ROC-AUC %.4f" % roc_auc_score(y_hold, p))
print("holdout PR-AUC  %.4f" % average_precision_score(y_hold, p))

enc = search.best_estimator_.named_steps["te"]
print(enc.transform(X_hold.head(), y=None)[CAT])

best = search.best_estimator_
best.fit(X, y)
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": best.predict_proba(test[NUM + CAT])[:, 1]}).to_csv(
    "predictions.csv", index=False)
