"""OLS model of final course grade (statsmodels).

Research question: how much do early engagement and early assessment explain
the final grade once prior attainment is controlled for?
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_squared_error, r2_score

df = pd.read_csv("train.csv")
df = df.dropna(subset=["prior_gpa"])          # drop first-years (no GPA yet)
df["log_clicks"] = np.log1p(df["clicks_w1_6"])
df["log_video"] = np.log1p(df["video_min_w1_6"])
df["quiz_avg_w1_6"] = df["quiz_avg_w1_6"].fillna(0)

train, holdout = train_test_split(df, test_size=0.25, random_state=2023)

formula = ("final_grade ~ prior_gpa + log_clicks + log_video + active_weeks_w1_6"
           " + forum_posts_w1_6 + quiz_avg_w1_6 + assignment1_score + assignment2_score"
           " + late_submissions + final_exam_score + C(programme) + C(year_of_study)")
ols = smf.ols(formula, data=train).fit(cov_type="HC3")
print(ols.summary())

pred = ols.predict(holdout)
rmse = mean_squared_error(holdout["final_grade"], pred) ** 0.5
print(f"\nHold-out RMSE: {rmse:.2f}")
print(f"Hold-out R2  : {r2_score(holdout['final_grade'], pred):.3f}")
print(f"Train adj. R2: {ols.rsquared_adj:.3f}")

# standardised effect sizes for the write-up
num_terms = ["prior_gpa", "log_clicks", "active_weeks_w1_6", "quiz_avg_w1_6",
             "assignment1_score", "assignment2_score", "final_exam_score"]
sd_x = train[num_terms].std()
beta_std = ols.params[num_terms] * sd_x / train["final_grade"].std()
print("\nStandardised coefficients:\n", beta_std.round(3))

# predictions for the test enrolments
ols_full = smf.ols(formula, data=df).fit()
test = pd.read_csv("test.csv")
test["log_clicks"] = np.log1p(test["clicks_w1_6"])
test["log_video"] = np.log1p(test["video_min_w1_6"])
test["quiz_avg_w1_6"] = test["quiz_avg_w1_6"].fillna(0)
test["prior_gpa"] = test["prior_gpa"].fillna(df["prior_gpa"].median())
pd.DataFrame({"enrolment_id": test["enrolment_id"],
              "prediction": ols_full.predict(test)}).to_csv("predictions.csv", index=False)
