# attrition_gbm.py
# Gradient boosting vs. a majority-class dummy; 10-fold CV on the training part,
# then a single score on the holdout.
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold, GridSearchCV
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline

seed = 21
df = pd.read_csv("train.csv")
print(df["attrited"].value_counts())

y = df["attrited"]
X = df.drop(columns=["attrited", "employee_id", "exit_interview_scheduled", "offboarding_ticket_count"])

cat = [c for c in X.columns if X[c].dtype == object]
num = [c for c in X.columns if c not in cat]

prep = ColumnTransformer([
    ("n", SimpleImputer(strategy="median"), num),
    ("c", Pipeline([("i", SimpleImputer(strategy="most_frequent")),
                    ("o", OneHotEncoder(handle_unknown="ignore"))]), cat),
])

gbm = Pipeline([("prep", prep), ("gb", GradientBoostingClassifier(random_state=seed))])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=seed, stratify=y)

# small grid, inner CV on the training part only
grid = GridSearchCV(
    gbm,
    {"gb__n_estimators": [100, 300], "gb__max_depth": [2, 3], "gb__learning_rate": [0.05, 0.1]},
    cv=StratifiedKFold(5, shuffle=True, random_state=seed),
    n_jobs=-1,
)
grid.fit(X_train, y_train)
print("best params:", grid.best_params_)
print("inner CV score: %.4f" % grid.best_score_)

best = grid.best_estimator_
cv10 = StratifiedKFold(10, shuffle=True, random_state=seed + 1)
scores = cross_val_score(best, X_train, y_train, cv=cv10)
dummy = DummyClassifier(strategy="most_frequent")
dscores = cross_val_score(dummy, X_train, y_train, cv=cv10)

print("GBM   10-fold: %.4f +/- %.4f" % (scores.mean(), scores.std()))
print("Dummy 10-fold: %.4f +/- %.4f" % (dscores.mean(), dscores.std()))
print("fold-wise wins over dummy: %d/10" % (scores > dscores).sum())

# holdout, once
best.fit(X_train, y_train)
dummy.fit(X_train, y_train)
print("holdout GBM  : %.4f" % best.score(X_test, y_test))
print("holdout dummy: %.4f" % dummy.score(X_test, y_test))

fi = best.named_steps["gb"].feature_importances_
names = best.named_steps["prep"].get_feature_names_out()
print(pd.Series(fi, index=names).sort_values(ascending=False).head(12).round(4))

sub = pd.read_csv("test.csv")
best.fit(X, y)
pd.DataFrame({"employee_id": sub["employee_id"],
              "prediction": best.predict_proba(sub[X.columns])[:, 1]}).to_csv("predictions.csv", index=False)
