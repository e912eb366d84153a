# spindle PdM - quick gradient boosting model on all numeric telemetry fields
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, f1_score, average_precision_score

df = pd.read_csv("train.csv")
target = "fail_within_7d"
print(df.shape)
print("machines:", df["machine_id"].nunique())
print("positive share: %.4f" % df[target].mean())
print(df.isna().sum()[lambda s: s > 0])

num = df.select_dtypes(include=[np.number])
X = num.drop(columns=[target])
y = df[target]
print("using", X.shape[1], "numeric columns:", list(X.columns))

X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, stratify=y, random_state=13)

model = HistGradientBoostingClassifier(max_iter=500, learning_rate=0.05, max_leaf_nodes=31,
                                       class_weight="balanced", random_state=13)
model.fit(X_train, y_train)

proba = model.predict_proba(X_valid)[:, 1]
print("ROC AUC : %.4f" % roc_auc_score(y_valid, proba))
print("PR AUC  : %.4f" % average_precision_score(y_valid, proba))
print("F1@0.5  : %.4f" % f1_score(y_valid, (proba >= 0.5).astype(int)))

from sklearn.inspection import permutation_importance
pi = permutation_importance(model, X_valid, y_valid, scoring="average_precision", n_repeats=5, random_state=13)
print(pd.Series(pi.importances_mean, index=X.columns).sort_values(ascending=False).head(10).round(4))

# how early do we catch failures? compare score vs days left
valid = X_valid.assign(score=proba, y=y_valid.values)
if "days_to_failure" in valid:
    print(valid.groupby(pd.cut(valid["days_to_failure"], [0, 1, 3, 7, 14, 30, 365]), observed=True)["score"].mean())

model.fit(X, y)
test = pd.read_csv("test.csv")
X_test = test.reindex(columns=X.columns)
pd.DataFrame({"machine_id": test["machine_id"], "date": test["date"],
              "prediction": model.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
