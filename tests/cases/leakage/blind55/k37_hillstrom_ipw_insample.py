"""
Hillstrom: effect of the Womens e-mail on site visits, and a visit-propensity model.

Part 1 - inverse propensity weighting (statsmodels). Even though the e-mail arms were randomised,
         I re-weight with a fitted propensity score to correct chance imbalances.
Part 2 - logistic regression response model used for the submission.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import OneHotEncoder
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.metrics import roc_auc_score, log_loss

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape)
print(df["segment"].value_counts())

# ---------------------------------------------------------------- part 1: IPW
two_arm = df[df["segment"].isin(["Womens E-Mail", "No E-Mail"])].copy()
two_arm["treated"] = (two_arm["segment"] == "Womens E-Mail").astype(int)
two_arm["log_history"] = np.log1p(two_arm["history"])

ps_model = smf.logit("treated ~ recency + log_history + mens + womens + newbie + C(zip_code) + C(channel)",
                     data=two_arm).fit(disp=False)
print(ps_model.summary().tables[1])
two_arm["ps"] = ps_model.predict(two_arm).clip(0.02, 0.98)
two_arm["w"] = np.where(two_arm["treated"] == 1, 1 / two_arm["ps"], 1 / (1 - two_arm["ps"]))

raw = two_arm.groupby("treated")["visit"].mean()
print("unweighted difference:", round(raw[1] - raw[0], 4))

t, yv, w = two_arm["treated"], two_arm["visit"], two_arm["w"]
ate_ipw = (np.sum(w * t * yv) / np.sum(w * t)) - (np.sum(w * (1 - t) * yv) / np.sum(w * (1 - t)))
print("IPW ATE (Hajek):", round(ate_ipw, 4))

wls = sm.WLS(yv, sm.add_constant(t), weights=w).fit(cov_type="HC1")
print(wls.summary().tables[1])

# covariate balance after weighting
for c in ["recency", "log_history", "mens", "womens", "newbie"]:
    m1 = np.average(two_arm.loc[t == 1, c], weights=w[t == 1])
    m0 = np.average(two_arm.loc[t == 0, c], weights=w[t == 0])
    sd = two_arm[c].std()
    print(f"  std. mean diff {c:12s}: {(m1 - m0) / sd:+.4f}")

# ---------------------------------------------------------------- part 2: response model
num = ["recency", "history", "mens", "womens", "newbie"]
cat = ["zip_code", "channel", "segment", "history_segment"]
model = Pipeline([
    ("pre", ColumnTransformer([("oh", OneHotEncoder(handle_unknown="ignore"), cat)], remainder="passthrough")),
    ("lr", LogisticRegression(C=0.5, max_iter=3000)),
])
model.fit(df[num + cat], df["visit"])
p = model.predict_proba(df[num + cat])[:, 1]
print(f"response model AUC {roc_auc_score(df['visit'], p):.4f}, logloss {log_loss(df['visit'], p):.4f}")

# propensity model discrimination (close to 0.5 is what we want for a randomised test)
print("propensity AUC:", round(roc_auc_score(two_arm["treated"], two_arm["ps"]), 4))

pd.DataFrame({"customer_id": test["customer_id"],
              "prediction": model.predict_proba(test[num + cat])[:, 1]}).to_csv("predictions.csv", index=False)
