"""Kinase HTS: DeepChem multitask classifier on ECFP4, scaffold split.

The scaffold_id column in the data is the Bemis-Murcko scaffold of each compound, so
DeepChem's ScaffoldSplitter keeps every scaffold on one side of the split.
"""
import numpy as np
import pandas as pd
import deepchem as dc
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

SEED = 123
np.random.seed(SEED)

train_df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

featurizer = dc.feat.CircularFingerprint(size=2048, radius=2)
X = featurizer.featurize(train_df["smiles"].tolist())
keep = np.array([x.shape == (2048,) for x in X])
train_df = train_df.loc[keep].reset_index(drop=True)
X = np.stack(X[keep])
y = train_df["active"].to_numpy().reshape(-1, 1).astype(float)

dataset = dc.data.NumpyDataset(X=X, y=y, ids=train_df["smiles"].to_numpy())

splitter = dc.splits.ScaffoldSplitter()
train, valid, test = splitter.train_valid_test_split(dataset, frac_train=0.8, frac_valid=0.1, frac_test=0.1)
print("sizes:", len(train), len(valid), len(test))
print("actives:", int(train.y.sum()), int(valid.y.sum()), int(test.y.sum()))

# class weights: the balancing transformer is fitted on the training split only
balancer = dc.trans.BalancingTransformer(dataset=train)
train = balancer.transform(train)

model = dc.models.MultitaskClassifier(
    n_tasks=1,
    n_features=2048,
    layer_sizes=[1000, 250],
    dropouts=0.3,
    weight_decay_penalty=1e-4,
    learning_rate=5e-4,
    batch_size=128,
)

metric = dc.metrics.Metric(dc.metrics.roc_auc_score)
best_val, best_epoch = -np.inf, 0
for epoch in range(1, 41):
    model.fit(train, nb_epoch=1)
    val_auc = model.evaluate(valid, [metric])["roc_auc_score"]
    if val_auc > best_val:
        best_val, best_epoch = val_auc, epoch
        model.save_checkpoint(model_dir=model.model_dir)
print(f"best validation AUC {best_val:.3f} at epoch {best_epoch}")

model.restore()
p_test = model.predict(test)[:, 0, 1]
y_test = test.y[:, 0]

dummy = DummyClassifier(strategy="prior").fit(train.X, train.y[:, 0])
p_dummy = dummy.predict_proba(test.X)[:, 1]

print(f"dummy prior : AUC {roc_auc_score(y_test, p_dummy):.3f}  AP {average_precision_score(y_test, p_dummy):.3f}")
print(f"DNN (ECFP4) : AUC {roc_auc_score(y_test, p_test):.3f}  AP {average_precision_score(y_test, p_test):.3f}")

X_sub = np.stack(featurizer.featurize(test_df["smiles"].tolist()))
sub_ds = dc.data.NumpyDataset(X=X_sub, ids=test_df["compound_id"].to_numpy())
pred = model.predict(sub_ds)[:, 0, 1]
pd.DataFrame({"compound_id": test_df["compound_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
