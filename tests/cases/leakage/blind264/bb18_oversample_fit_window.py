# Churn snapshots -- lasso logistic with class rebalancing.
#
# In R I'd have used ROSE::ovun.sample(); imblearn's RandomOverSampler is the
# closest equivalent. 5% positives is low enough that the lasso path is
# dominated by the majority class otherwise.
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

Y = "churned_next_month"
COVS = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
        "late_payments_90d", "num_addons", "days_since_last_login"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = pd.concat([df, pd.get_dummies(df["plan"], prefix="plan", drop_first=True, dtype=int)], axis=1)
COVS += [c for c in df.columns if c.startswith("plan_")]
df[COVS] = df[COVS].fillna(0)
print("prevalence before:", round(df[Y].mean(), 4))

# out-of-time, out-of-customer evaluation (on the original, unbalanced rows)
cut = np.sort(df.snapshot_month.unique())[-3]
fit_raw = df[df.snapshot_month < cut]
eval_df = df[(df.snapshot_month >= cut) & ~df.customer_id.isin(fit_raw.customer_id)]

# ovun.sample(method = "over", p = 0.2) -- fit window only, the eval window keeps its natural prevalence
ros = RandomOverSampler(sampling_strategy=0.25, random_state=2023)
X_bal, y_bal = ros.fit_resample(fit_raw.drop(columns=[Y]), fit_raw[Y])
fit_df = X_bal.assign(**{Y: y_bal.to_numpy()})
print("prevalence after :", round(fit_df[Y].mean(), 4), " n =", len(fit_df))
print("fit:", fit_df.shape, " eval:", eval_df.shape)

sc = StandardScaler().fit(fit_df[COVS])
Xf, Xe = sc.transform(fit_df[COVS]), sc.transform(eval_df[COVS])

# lasso with a fixed penalty. cv.glmnet would pick lambda by random folds, which
# mixes months and customers, so I just use lambda.1se from a previous project.
lasso = LogisticRegression(C=0.1, penalty="l1", solver="saga",
                           max_iter=5000, random_state=0).fit(Xf, fit_df[Y])
null_model = DummyClassifier(strategy="prior").fit(Xf, fit_df[Y])

pe = lasso.predict_proba(Xe)[:, 1]
pn = null_model.predict_proba(Xe)[:, 1]
ye = eval_df[Y]
print("null model : AUC %.3f AP %.3f" % (roc_auc_score(ye, pn), average_precision_score(ye, pn)))
print("lasso logit: AUC %.3f AP %.3f" % (roc_auc_score(ye, pe), average_precision_score(ye, pe)))
thr = 0.5
print("at p>%.1f: precision %.3f recall %.3f" % (thr, precision_score(ye, pe > thr), recall_score(ye, pe > thr)))

coef = pd.Series(lasso.coef_[0], index=COVS)
print("non-zero coefficients:\n", coef[coef != 0].sort_values().round(3))
