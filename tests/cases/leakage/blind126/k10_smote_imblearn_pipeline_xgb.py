import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.metrics import average_precision_score, f1_score, confusion_matrix
from xgboost import XGBClassifier

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
print("rows:", len(df), "columns:", df.shape[1])
print(df.dtypes.value_counts())
print("missing values per column:")
print(df.isna().sum().sort_values(ascending=False).head(10))
print("distinct values:")
for _c in df.select_dtypes(include="object").columns:
    print(f"  {_c:22s} {df[_c].nunique():>8d}")
print(df.describe().T[["mean", "std", "min", "max"]])
print(df.is_fraud.value_counts())

df["hour"] = df["timestamp"].dt.hour
df["weekday"] = df["timestamp"].dt.weekday
df["log_amount"] = np.log1p(df["amount"])
df["is_foreign"] = (df["country"] != df["card_country"]).astype(int)
cols = ["hour", "weekday", "log_amount", "is_foreign", "customer_age", "account_age_days"]

X_train, X_test, y_train, y_test = train_test_split(
    df[cols], df["is_fraud"], test_size=0.2, stratify=df["is_fraud"], random_state=42
)

pipe = Pipeline([
    ("smote", SMOTE(random_state=42)),
    ("xgb", XGBClassifier(n_estimators=400, max_depth=5, learning_rate=0.05,
                          subsample=0.8, eval_metric="aucpr")),
])
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
cv_ap = cross_val_score(pipe, X_train, y_train, cv=cv, scoring="average_precision")
print("CV AP: %.4f +/- %.4f" % (cv_ap.mean(), cv_ap.std()))

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("dummy AP:", average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]))

pipe.fit(X_train, y_train)
pred = pipe.predict_proba(X_test)[:, 1]
print("holdout AP:", average_precision_score(y_test, pred))
print("F1:", f1_score(y_test, pred > 0.5))
print(confusion_matrix(y_test, pred > 0.5))
