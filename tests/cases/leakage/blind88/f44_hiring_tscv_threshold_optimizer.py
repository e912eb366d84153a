"""Hiring screen: time-aware tuning, equalized-odds post-processing fitted on a later period.

periods (by application_date):  [ train 70 % | post-processing 15 % | test 15 % ]
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import TimeSeriesSplit, GridSearchCV
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, balanced_accuracy_score, precision_score, recall_score
from fairlearn.postprocessing import ThresholdOptimizer
from fairlearn.metrics import MetricFrame, true_positive_rate, false_positive_rate, equalized_odds_difference

TARGET = "advanced_to_interview"
CAT = ["department", "gender", "education_level", "source_channel"]
NUM = ["years_experience", "num_skills_matched", "referral", "resume_length", "previous_employers", "assessment_score"]

df = pd.read_csv("train.csv", parse_dates=["application_date"]).sort_values("application_date").reset_index(drop=True)
t_a, t_b = df["application_date"].quantile([0.70, 0.85])
train = df[df["application_date"] < t_a]
post = df[(df["application_date"] >= t_a) & (df["application_date"] < t_b)]
test = df[df["application_date"] >= t_b]

pipe = Pipeline([
    ("prep", ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ], sparse_threshold=0)),
    ("hgb", HistGradientBoostingClassifier(random_state=0)),
])
grid = GridSearchCV(pipe, {"hgb__learning_rate": [0.03, 0.1], "hgb__max_leaf_nodes": [15, 31], "hgb__max_iter": [200, 400]},
                    cv=TimeSeriesSplit(n_splits=4), scoring="roc_auc", n_jobs=-1)
grid.fit(train[NUM + CAT], train[TARGET])
print("best:", grid.best_params_, "TS-CV AUC:", round(grid.best_score_, 4))
model = grid.best_estimator_

to = ThresholdOptimizer(estimator=model, constraints="equalized_odds", objective="balanced_accuracy_score",
                        prefit=True, predict_method="predict_proba")
to.fit(post[NUM + CAT], post[TARGET], sensitive_features=post["gender"])

y_te, A_te = test[TARGET], test["gender"]
preds = {
    "dummy (stratified)": DummyClassifier(strategy="stratified", random_state=0).fit(train[NUM], train[TARGET]).predict(test[NUM]),
    "hgb @ 0.5": model.predict(test[NUM + CAT]),
    "hgb + EO post-proc": to.predict(test[NUM + CAT], sensitive_features=A_te, random_state=0),
}
for name, yp in preds.items():
    mf = MetricFrame(metrics={"tpr": true_positive_rate, "fpr": false_positive_rate}, y_true=y_te, y_pred=yp,
                     sensitive_features=A_te)
    print(f"\n{name}: bal_acc={balanced_accuracy_score(y_te, yp):.3f} precision={precision_score(y_te, yp, zero_division=0):.3f} "
          f"recall={recall_score(y_te, yp):.3f} EO diff={equalized_odds_difference(y_te, yp, sensitive_features=A_te):.3f}")
    print(mf.by_group.round(3))
print("\ntest AUC (scores):", round(roc_auc_score(y_te, model.predict_proba(test[NUM + CAT])[:, 1]), 4))

sub = pd.read_csv("test.csv", parse_dates=["application_date"])
pd.DataFrame({"application_id": sub["application_id"],
              "prediction": model.predict_proba(sub[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
