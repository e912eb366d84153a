"""Lasso on week-1..6 LMS features for final grade.

Sweeps the regularisation strength and keeps the alpha with the lowest
hold-out RMSE.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import Lasso
from sklearn.preprocessing import StandardScaler, PolynomialFeatures
from sklearn.pipeline import Pipeline
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error, r2_score

NUM = ["prior_gpa", "credits_attempted", "clicks_w1_6", "active_weeks_w1_6",
       "resource_views_w1_6", "forum_posts_w1_6", "video_min_w1_6", "quiz_avg_w1_6",
       "assignment1_score", "assignment2_score", "late_submissions"]


def features(frame, gpa_fill):
    X = frame[NUM].copy()
    X["prior_gpa"] = X["prior_gpa"].fillna(gpa_fill)
    X["quiz_avg_w1_6"] = X["quiz_avg_w1_6"].fillna(0)
    X[["clicks_w1_6", "video_min_w1_6"]] = np.log1p(X[["clicks_w1_6", "video_min_w1_6"]])
    return X


df = pd.read_csv("train.csv")
train_df, test_df = train_test_split(df, test_size=0.2, random_state=0)
gpa_fill = train_df["prior_gpa"].median()
X_train, y_train = features(train_df, gpa_fill), train_df["final_grade"]
X_test, y_test = features(test_df, gpa_fill), test_df["final_grade"]

alphas = np.logspace(-3, 1, 25)
test_rmse = []
for a in alphas:
    pipe = Pipeline([("poly", PolynomialFeatures(degree=2, include_bias=False)),
                     ("scale", StandardScaler()),
                     ("lasso", Lasso(alpha=a, max_iter=20000))])
    pipe.fit(X_train, y_train)
    test_rmse.append(mean_squared_error(y_test, pipe.predict(X_test)) ** 0.5)
    print(f"alpha={a:8.4f}  test RMSE={test_rmse[-1]:.3f}")

best_alpha = alphas[int(np.argmin(test_rmse))]
best = Pipeline([("poly", PolynomialFeatures(degree=2, include_bias=False)),
                 ("scale", StandardScaler()),
                 ("lasso", Lasso(alpha=best_alpha, max_iter=20000))]).fit(X_train, y_train)
pred = best.predict(X_test)
print(f"\nbest alpha {best_alpha:.4f}: test RMSE {min(test_rmse):.3f}, R2 {r2_score(y_test, pred):.3f}")
n_nonzero = int((best.named_steps["lasso"].coef_ != 0).sum())
print(f"non-zero terms: {n_nonzero}")

full_fill = df["prior_gpa"].median()
best.fit(features(df, full_fill), df["final_grade"])
test = pd.read_csv("test.csv")
pd.DataFrame({"enrolment_id": test["enrolment_id"],
              "prediction": best.predict(features(test, full_fill))}).to_csv("predictions.csv", index=False)
