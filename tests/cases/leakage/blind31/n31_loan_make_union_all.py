# Loan default: compact representation = PCA components + top univariate features,
# concatenated with make_union, then gradient boosting.
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline, make_union
from sklearn.preprocessing import StandardScaler

NUMERIC = ["loan_amount", "term_months", "interest_rate", "income", "dti", "credit_score",
           "employment_years", "n_open_accounts", "n_delinquencies_2y", "revol_util"]


class LoanData:
    def __init__(self, path):
        self.df = pd.read_csv(path, parse_dates=["application_date"])
        self.df["loan_to_income"] = self.df["loan_amount"] / self.df["income"].clip(lower=1)
        self.df["rate_x_term"] = self.df["interest_rate"] * self.df["term_months"]
        self.df = pd.get_dummies(self.df, columns=["home_ownership", "purpose"], dtype=float)

    @property
    def feature_cols(self):
        dummies = [c for c in self.df.columns if c.startswith(("home_ownership_", "purpose_"))]
        return NUMERIC + ["loan_to_income", "rate_x_term"] + dummies


data = LoanData("train.csv")
df = data.df
cols = data.feature_cols

reducer = make_pipeline(
    SimpleImputer(strategy="median"),
    StandardScaler(),
    make_union(PCA(n_components=6, random_state=0), SelectKBest(f_classif, k=8)),
)
Z = reducer.fit_transform(df[cols], df["defaulted"])
print("reduced shape:", Z.shape)

# out-of-time split, first-time applicants in test
cutoff = pd.Timestamp("2024-03-01")
is_train = (df["application_date"] < cutoff).to_numpy()
is_test = (~is_train) & ~df["applicant_id"].isin(df.loc[is_train, "applicant_id"]).to_numpy()
Z_tr, y_tr = Z[is_train], df.loc[is_train, "defaulted"]
Z_te, y_te = Z[is_test], df.loc[is_test, "defaulted"]

clf = HistGradientBoostingClassifier(max_iter=250, learning_rate=0.05, random_state=0).fit(Z_tr, y_tr)
p = clf.predict_proba(Z_te)[:, 1]
p_base = DummyClassifier(strategy="prior").fit(Z_tr, y_tr).predict_proba(Z_te)[:, 1]
print("test ROC AUC: %.4f (baseline %.4f)" % (roc_auc_score(y_te, p), roc_auc_score(y_te, p_base)))
print("test PR AUC : %.4f (baseline %.4f)" % (average_precision_score(y_te, p), average_precision_score(y_te, p_base)))

pca = reducer[-1].transformer_list[0][1]
print("explained variance:", np.round(pca.explained_variance_ratio_, 3))

test = LoanData("test.csv").df.reindex(columns=["loan_id"] + cols, fill_value=0.0)
clf.fit(Z, df["defaulted"])
pd.DataFrame({"loan_id": test["loan_id"], "prediction": clf.predict_proba(reducer.transform(test[cols]))[:, 1]}).to_csv(
    "predictions.csv", index=False
)
