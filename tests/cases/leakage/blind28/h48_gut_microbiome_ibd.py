"""IBD vs non-IBD from 16S genus-level abundances (one stool sample per participant)."""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegressionCV
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.preprocessing import StandardScaler


class MicrobiomeData:
    def __init__(self, counts_path, meta_path, pseudocount=0.5):
        self.counts = pd.read_csv(counts_path, index_col=0)
        self.meta = pd.read_csv(meta_path, index_col=0).loc[self.counts.index]
        self.pseudocount = pseudocount
        self.scaler = StandardScaler()

    def filter_taxa(self, genera_file="protocol_genera.txt"):
        # genus list fixed in the study protocol so that runs stay comparable
        protocol = pd.read_csv(genera_file, header=None)[0]
        self.counts = self.counts.loc[:, self.counts.columns.isin(protocol)]
        print(f"{self.counts.shape[1]} genera kept by protocol")
        return self

    def clr(self):
        x = np.log(self.counts + self.pseudocount)
        return x.sub(x.mean(axis=1), axis=0)

    def design_matrix(self):
        z = self.clr()
        z = pd.DataFrame(self.scaler.fit_transform(z), index=z.index, columns=z.columns)
        z["age"] = (self.meta["age"] - 40) / 15
        z["antibiotics_3m"] = self.meta["antibiotics_3m"].astype(int)
        return z

    def labels(self):
        return self.meta["diagnosis"].isin(["CD", "UC"]).astype(int)


data = MicrobiomeData("genus_counts.csv", "participants.csv").filter_taxa()
X = data.design_matrix()
y = data.labels()
print(X.shape, "IBD share", y.mean().round(3))

model = LogisticRegressionCV(Cs=10, penalty="l1", solver="liblinear", cv=5, scoring="roc_auc", max_iter=5000)
outer = StratifiedKFold(n_splits=5, shuffle=True, random_state=31)
auc = cross_val_score(model, X, y, cv=outer, scoring="roc_auc")
print("AUC per fold:", auc.round(3))
print("mean AUC: %.3f" % auc.mean())
