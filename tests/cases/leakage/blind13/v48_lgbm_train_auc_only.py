# Lead scoring model for the sales team (B2B SaaS trial sign-ups)
# Fit on all historical trials and export the model + a score for every account.

import joblib
import lightgbm as lgb
import numpy as np
import pandas as pd
import shap
from sklearn.metrics import roc_auc_score, precision_score, recall_score

leads = pd.read_csv("trial_leads_2023.csv")
print(leads.shape)
print(leads["converted"].value_counts(normalize=True))

leads["company_size_log"] = np.log1p(leads["employees"])
leads["active_days_share"] = leads["active_days"] / leads["trial_length_days"].clip(lower=1)
leads["invites_per_seat"] = leads["invites_sent"] / leads["seats"].clip(lower=1)
for c in ["industry", "country", "signup_source", "plan_requested"]:
    leads[c] = leads[c].astype("category")

FEATURES = ["company_size_log", "active_days_share", "invites_per_seat", "integrations_connected",
            "dashboards_created", "api_calls_week1", "support_tickets", "industry", "country",
            "signup_source", "plan_requested"]

model = lgb.LGBMClassifier(
    n_estimators=400,
    learning_rate=0.05,
    num_leaves=31,
    min_child_samples=40,
    colsample_bytree=0.8,
    reg_lambda=1.0,
    verbose=-1,
)
model.fit(leads[FEATURES], leads["converted"])

leads["score"] = model.predict_proba(leads[FEATURES])[:, 1]
print("AUC:", round(roc_auc_score(leads["converted"], leads["score"]), 4))
top = leads["score"] >= leads["score"].quantile(0.8)
print("precision in top 20%:", round(precision_score(leads["converted"], top), 3))
print("recall in top 20%   :", round(recall_score(leads["converted"], top), 3))

explainer = shap.TreeExplainer(model)
sv = explainer.shap_values(leads[FEATURES])
shap.summary_plot(sv, leads[FEATURES], show=False)

joblib.dump(model, "lead_scoring_lgbm.joblib")
leads[["account_id", "score"]].sort_values("score", ascending=False).to_csv("lead_scores.csv", index=False)
